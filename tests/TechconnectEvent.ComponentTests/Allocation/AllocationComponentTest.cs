using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Allocation;

namespace TechconnectEvent.ComponentTests.Allocation;

/// <summary>MudComponentTest with the allocation services and a signed-in organiser.</summary>
public abstract class AllocationComponentTest : MudComponentTest
{
    protected AllocationComponentTest() : base(configureServices: services => services.AddAllocation()) => SignInOrganiser();
}
