using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Allocation;

/// <summary>Allocation errors and reasons in the reader's language, with sizes and tiers translated too.</summary>
public static class AllocationText
{
    public static string DescribeAllocation(this IStringLocalizer<SharedResource> localizer, OperationError error)
    {
        // Zone and organisation names are LocalizedText, which formats itself in the current culture.
        var arguments = error.Arguments.Select(argument => argument switch
        {
            BoothSize size => localizer.Size(size),
            SponsorTier tier => localizer.Tier(tier),
            _ => argument,
        }).ToArray();
        var text = localizer[error.ResourceKey, arguments];
        return text.ResourceNotFound ? localizer.Describe(error) : text.Value;
    }

    public static string Size(this IStringLocalizer<SharedResource> localizer, BoothSize size) => localizer[$"Allocation.Size.{size}"];

    public static string Tier(this IStringLocalizer<SharedResource> localizer, SponsorTier tier) => localizer[$"Allocation.Tier.{tier}"];
}
