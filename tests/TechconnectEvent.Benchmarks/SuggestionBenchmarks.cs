using BenchmarkDotNet.Attributes;
using TechconnectEvent.Web.Features.Connections.Matchmaking;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// Suggestions for every one of 500 needs and 500 offers (index built, then top 5 for each item), with titles and
/// descriptions in both languages drawn from a fixed vocabulary. Fixed seed. Target: ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
public class SuggestionBenchmarks
{
    private static readonly string[] Vietnamese =
        ["năng lượng", "lưu trữ", "pin", "mặt trời", "nước thải", "xử lý", "cảm biến", "nông nghiệp", "thủy sản", "robot", "hàn", "vật liệu",
         "composite", "chuỗi cung ứng", "kho lạnh", "y tế", "chẩn đoán", "hình ảnh", "chip", "bán dẫn", "điện gió", "phân bón", "sinh học", "tưới"];
    private static readonly string[] English =
        ["energy", "storage", "battery", "solar", "wastewater", "treatment", "sensor", "agriculture", "aquaculture", "robot", "welding", "materials",
         "composite", "supply chain", "cold storage", "medical", "diagnosis", "imaging", "chip", "semiconductor", "wind power", "fertiliser", "biological", "irrigation"];

    private List<MatchItem> offers = null!;
    private List<MatchItem> needs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2023);
        var fields = Enum.GetValues<TechnologyField>();
        MatchItem Make(int id)
        {
            var words = Enumerable.Range(0, 6).Select(_ => random.Next(Vietnamese.Length)).ToArray();
            string Text(string[] vocabulary, int from, int count) => string.Join(" ", words.Skip(from).Take(count).Select(w => vocabulary[w]));
            return new MatchItem(id, random.Next(1, 150), fields[random.Next(fields.Length)],
                new LocalizedText(Text(Vietnamese, 0, 3), Text(English, 0, 3)),
                new LocalizedText("Giải pháp " + Text(Vietnamese, 2, 4) + " cho doanh nghiệp", "A solution for " + Text(English, 2, 4)));
        }
        offers = Enumerable.Range(1, 500).Select(Make).ToList();
        needs = Enumerable.Range(1, 500).Select(Make).ToList();
    }

    [Benchmark]
    public int Suggest500OffersFor500NeedsAndBack()
    {
        var index = SuggestionIndex.Build(offers, needs);
        var count = 0;
        foreach (var need in needs)
        {
            count += index.OffersFor(need.Id).Count;
        }
        foreach (var offer in offers)
        {
            count += index.NeedsFor(offer.Id).Count;
        }
        return count;
    }
}
