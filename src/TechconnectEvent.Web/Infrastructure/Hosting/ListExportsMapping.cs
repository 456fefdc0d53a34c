using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns.Devices;
using TechconnectEvent.Web.Features.CheckIns.Gates;
using TechconnectEvent.Web.Features.Connections.Matchmaking;
using TechconnectEvent.Web.Features.Connections.Meetings;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Forum.Rooms;
using TechconnectEvent.Web.Features.Forum.Sessions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations.Categories;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

/// <summary>
/// Every list page's <c>export.csv</c> / <c>export.xlsx</c>, in one place so the list of exported lists is easy to
/// read. The earlier exports (registrations, booths, the audit log's CSV, the MoU register) keep their own endpoints
/// and formats: scripts depend on them.
/// </summary>
internal static class ListExportsMapping
{
    public static IEndpointRouteBuilder MapListExports(this IEndpointRouteBuilder endpoints) => endpoints
        .MapListExport(new ZonesExport())
        .MapListExport(new OrganizationsExport())
        .MapListExport(new ApplicationsExport())
        .MapListExport(new CategoriesExport())
        .MapListExport(new DevicesExport())
        .MapListExport(new GatesExport())
        .MapListExport(new SessionsExport())
        .MapListExport(new RoomsExport())
        .MapListExport(new TopicsExport())
        .MapListExport(new AttendanceExport())
        .MapListExport(new OffersExport())
        .MapListExport(new RequestsExport())
        .MapListExport(new ScheduleExport())
        .MapListExport(new UsersExport())
        .MapListExport(new OutboxExport())
        .MapListExport(new EditionsExport());
}
