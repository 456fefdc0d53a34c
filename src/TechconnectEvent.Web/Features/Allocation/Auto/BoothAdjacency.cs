namespace TechconnectEvent.Web.Features.Allocation.Auto;

/// <summary>The graph of booths that share an edge, and blocks of connected booths within it.</summary>
public static class BoothAdjacency
{
    /// <summary>For every booth, the ids of the booths it shares an edge with, in the order of <paramref name="booths"/>.</summary>
    public static Dictionary<int, List<int>> Build(IReadOnlyList<BoothSpot> booths)
    {
        var result = booths.ToDictionary(b => b.Id, _ => new List<int>());
        for (var i = 0; i < booths.Count; i++)
        {
            for (var j = i + 1; j < booths.Count; j++)
            {
                if (BoothEdges.SharesEdge(booths[i].Rect, booths[j].Rect))
                {
                    result[booths[i].Id].Add(booths[j].Id);
                    result[booths[j].Id].Add(booths[i].Id);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// <paramref name="count"/> candidates that, with the anchors, form one edge-connected block; null when there is
    /// none. Grows greedily, always taking the best-ranked candidate touching the block (candidates come best first),
    /// first from the anchors, then from each candidate in turn. Greedy growth can miss a block in contorted layouts,
    /// but halls are rows and grids of booths, where it finds one whenever one exists along a row or column.
    /// </summary>
    public static List<BoothSpot>? FindBlock(IReadOnlyList<BoothSpot> candidates, IReadOnlyList<int> anchors, int count,
        IReadOnlyDictionary<int, List<int>> neighbours)
    {
        if (count <= 0)
        {
            return [];
        }
        var rank = new Dictionary<int, int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            rank[candidates[i].Id] = i;
        }
        if (anchors.Count > 0 && Grow(anchors, [], count, candidates, rank, neighbours) is { } anchored)
        {
            return anchored;
        }
        foreach (var start in candidates)
        {
            if (Grow([start.Id], [start], count, candidates, rank, neighbours) is { } block)
            {
                return block;
            }
        }
        return null;
    }

    private static List<BoothSpot>? Grow(IReadOnlyList<int> seed, List<BoothSpot> chosen, int count, IReadOnlyList<BoothSpot> candidates,
        Dictionary<int, int> rank, IReadOnlyDictionary<int, List<int>> neighbours)
    {
        var block = new HashSet<int>(seed);
        var members = seed.ToList();
        var result = new List<BoothSpot>(chosen);
        while (result.Count < count)
        {
            var best = -1;
            foreach (var member in members)
            {
                foreach (var next in neighbours.GetValueOrDefault(member) ?? [])
                {
                    // The minimum rank is unique, so the result does not depend on the order members are visited.
                    if (!block.Contains(next) && rank.TryGetValue(next, out var r) && (best < 0 || r < best))
                    {
                        best = r;
                    }
                }
            }
            if (best < 0)
            {
                return null;
            }
            var booth = candidates[best];
            block.Add(booth.Id);
            members.Add(booth.Id);
            result.Add(booth);
        }
        return result;
    }
}
