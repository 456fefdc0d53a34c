namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>
/// Shares of a whole in tenths of a percent that add up to exactly 1,000, by the largest-remainder method: a
/// printed 33,3 % + 33,3 % + 33,3 % would otherwise leave readers looking for the missing 0,1 %.
/// </summary>
internal static class PieShares
{
    public const int Whole = 1000;

    public static int[] Tenths(IReadOnlyList<double> values)
    {
        var total = values.Sum();
        var shares = new int[values.Count];
        if (total <= 0)
        {
            return shares;
        }
        var remainders = new double[values.Count];
        for (var index = 0; index < values.Count; index++)
        {
            var exact = values[index] / total * Whole;
            shares[index] = (int)Math.Floor(exact);
            remainders[index] = exact - shares[index];
        }
        var missing = Whole - shares.Sum();
        // Ties go to the earlier slice, so the same figures always print the same way.
        foreach (var index in Enumerable.Range(0, values.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(missing))
        {
            shares[index]++;
        }
        return shares;
    }
}
