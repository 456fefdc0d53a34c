using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Pdf;
using RegistrationsPage = TechconnectEvent.Web.Features.Registrations.Admin.Pages.Registrations;

namespace TechconnectEvent.ComponentTests.Registrations.Admin;

/// <summary>In an archived edition the registrations page still lists everyone, but offers no decision, edit or import.</summary>
public sealed class RegistrationsReadOnlyTests() : MudComponentTest(configureServices: services => services
    .AddSingleton<Web.Infrastructure.Mail.MailTemplates>().AddSingleton<Web.Infrastructure.Mail.Outbox>().AddRegistrationsAdmin()
    .AddPdf().AddRegistrations().AddBadges().AddSingleton<IBackgroundJobs>(new Badges.FakeBackgroundJobs()))
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Actions_AreOfferedExactlyWhenTheEditionIsWritable(bool readOnly)
    {
        SignInOrganiser();
        var editionId = Database.AddEdition().Id;
        using (var db = Database.CreateDbContext())
        {
            var press = RegistrationCategoryDefaults.For(editionId).Single(c => c.Code == RegistrationCategoryDefaults.Press);
            db.RegistrationCategories.Add(press);
            db.SaveChanges();
            db.Registrations.Add(new Registration
            {
                EditionId = editionId, CategoryId = press.Id, FullName = "Trần Thu Trang", Status = RegistrationStatus.Pending, DaysMask = 1,
                BadgeCode = BadgeCodes.New(), ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
            });
            db.SaveChanges();
        }

        var page = Render<RegistrationsPage>(p => p.AddCascadingValue(new EditionAccess(editionId, readOnly)));

        page.WaitForAssertion(() => Assert.Equal("Trần Thu Trang", page.Find("[data-testid=registration-name]").TextContent));
        Assert.Equal(readOnly, page.FindAll("[data-testid=approve], [data-testid=reject], [data-testid=cancel], [data-testid=edit]").Count == 0);
        Assert.Equal(readOnly, page.Find("button[data-testid=registrations-import]").HasAttribute("disabled"));
    }
}
