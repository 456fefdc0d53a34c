using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.FloorPlan;

namespace TechconnectEvent.ComponentTests.FloorPlan;

/// <summary>MudComponentTest with the floor plan's services.</summary>
public abstract class FloorPlanPageContext : MudComponentTest
{
    protected FloorPlanPageContext() : base(configureServices: services => services.AddFloorPlan())
    {
    }
}
