using System.Globalization;
using System.Text;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>An offer or a need as the suggestions see it.</summary>
public sealed record MatchItem(int Id, int OrganizationId, TechnologyField Field, LocalizedText Title, LocalizedText Description, bool IsPublished = true);

/// <summary>
/// One counterpart that fits, with why: the same field and the words both texts use (as written in the item asked
/// about, so the page can show "lưu trữ" rather than its folded key).
/// </summary>
public sealed record Suggestion(int Id, int Score, bool SameField, IReadOnlyList<string> CommonWords);

/// <summary>
/// Suggests offers for needs and needs for offers: same field, then words in common in either language with
/// diacritics folded. Pure and deterministic (ties go to the lower id), so the same data always gives the same list
/// and every suggestion can say why it was made. Token sets and an inverted index are built once, so scoring one item
/// touches only the counterparts that share a word or its field.
/// </summary>
public sealed class SuggestionIndex
{
    /// <summary>How much the same field weighs against one word in common.</summary>
    public const int FieldWeight = 3;
    public const int DefaultTop = 5;
    /// <summary>Shorter words ("ai", "và" folded) say too little to match on.</summary>
    public const int MinimumWordLength = 3;

    private readonly Side offers;
    private readonly Side needs;

    private SuggestionIndex(Side offers, Side needs)
    {
        this.offers = offers;
        this.needs = needs;
    }

    /// <summary>Below this many offers and needs together, no word is too common to match on.</summary>
    public const int CommonWordMinimumItems = 6;

    /// <summary>
    /// Unpublished items are left out: they are neither suggested nor given suggestions. A word used by more than half
    /// of all offers and needs — the fair's boilerplate, a "minh họa / fictional" marker on every demo text — says
    /// nothing about fit, so it counts as a stop word for this data.
    /// </summary>
    public static SuggestionIndex Build(IEnumerable<MatchItem> offers, IEnumerable<MatchItem> needs)
    {
        var offerTokens = offers.Where(o => o.IsPublished).OrderBy(o => o.Id).Select(o => (Item: o, Tokens: Tokens(o).ToList())).ToList();
        var needTokens = needs.Where(n => n.IsPublished).OrderBy(n => n.Id).Select(n => (Item: n, Tokens: Tokens(n).ToList())).ToList();
        var total = offerTokens.Count + needTokens.Count;
        var tooCommon = new HashSet<string>(StringComparer.Ordinal);
        if (total >= CommonWordMinimumItems)
        {
            tooCommon.UnionWith(offerTokens.Concat(needTokens).SelectMany(i => i.Tokens.Select(t => t.Key))
                .CountBy(word => word, StringComparer.Ordinal).Where(c => c.Value * 2 > total).Select(c => c.Key));
        }
        return new(new Side(offerTokens, tooCommon), new Side(needTokens, tooCommon));
    }

    /// <summary>The offers that fit a need best; empty when the need is unknown or unpublished.</summary>
    public IReadOnlyList<Suggestion> OffersFor(int needId, int top = DefaultTop) => Suggest(needs, needId, offers, top);

    /// <summary>The needs an offer answers best; empty when the offer is unknown or unpublished.</summary>
    public IReadOnlyList<Suggestion> NeedsFor(int offerId, int top = DefaultTop) => Suggest(offers, offerId, needs, top);

    private static IReadOnlyList<Suggestion> Suggest(Side from, int id, Side to, int top)
    {
        if (top <= 0 || !from.ById.TryGetValue(id, out var index))
        {
            return [];
        }
        var item = from.Entries[index];
        var shared = new Dictionary<int, List<string>>();
        foreach (var word in item.Words)
        {
            if (!to.ByWord.TryGetValue(word, out var holders))
            {
                continue;
            }
            foreach (var holder in holders)
            {
                if (!shared.TryGetValue(holder, out var words))
                {
                    shared[holder] = words = [];
                }
                words.Add(item.Display[word]);
            }
        }
        var candidates = new HashSet<int>(shared.Keys);
        if (to.ByField.TryGetValue(item.Item.Field, out var sameField))
        {
            candidates.UnionWith(sameField);
        }
        var found = new List<Suggestion>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var other = to.Entries[candidate].Item;
            if (other.OrganizationId == item.Item.OrganizationId)
            {
                continue;
            }
            var field = other.Field == item.Item.Field;
            var words = shared.TryGetValue(candidate, out var list) ? (IReadOnlyList<string>)list : [];
            found.Add(new Suggestion(other.Id, (field ? FieldWeight : 0) + words.Count, field, words));
        }
        found.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Id.CompareTo(b.Id));
        return found.Count > top ? found.GetRange(0, top) : found;
    }

    /// <summary>The folded words of an item that count for matching, each once, in the order they first appear.</summary>
    public static IReadOnlyList<string> WordsOf(MatchItem item) => Tokens(item).Select(t => t.Key).ToList();

    private static IEnumerable<KeyValuePair<string, string>> Tokens(MatchItem item)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { item.Title.Vi, item.Title.En, item.Description.Vi, item.Description.En })
        {
            foreach (var written in SplitWords(text))
            {
                var folded = TextFolding.Fold(written);
                if (folded.Length >= MinimumWordLength && !StopWords.Contains(folded) && seen.Add(folded))
                {
                    yield return new(folded, written.ToLower(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static IEnumerable<string> SplitWords(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private sealed record Entry(MatchItem Item, IReadOnlyList<string> Words, IReadOnlyDictionary<string, string> Display);

    /// <summary>One side (offers or needs): its items with their words, by id, by word and by field.</summary>
    private sealed class Side
    {
        public Side(IEnumerable<(MatchItem Item, List<KeyValuePair<string, string>> Tokens)> items, IReadOnlySet<string> tooCommon)
        {
            foreach (var (item, tokens) in items)
            {
                var index = Entries.Count;
                var display = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (folded, written) in tokens.Where(t => !tooCommon.Contains(t.Key)))
                {
                    display[folded] = written;
                    if (!ByWord.TryGetValue(folded, out var holders))
                    {
                        ByWord[folded] = holders = [];
                    }
                    holders.Add(index);
                }
                Entries.Add(new Entry(item, [.. display.Keys], display));
                ById[item.Id] = index;
                if (!ByField.TryGetValue(item.Field, out var inField))
                {
                    ByField[item.Field] = inField = [];
                }
                inField.Add(index);
            }
        }

        public List<Entry> Entries { get; } = [];
        public Dictionary<int, int> ById { get; } = [];
        public Dictionary<string, List<int>> ByWord { get; } = new(StringComparer.Ordinal);
        public Dictionary<TechnologyField, List<int>> ByField { get; } = [];
    }

    /// <summary>
    /// Folded Vietnamese and English words that every text uses, and the words every offer and need of a technology
    /// fair shares ("công nghệ", "technology", "giải pháp"): matching on them would suggest everything to everyone.
    /// </summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English
        "the", "and", "for", "with", "from", "into", "that", "this", "these", "those", "are", "was", "were", "been",
        "being", "have", "has", "had", "will", "would", "can", "could", "should", "may", "our", "their", "its", "your",
        "you", "they", "them", "who", "which", "what", "when", "where", "how", "all", "any", "each", "more", "most",
        "other", "such", "than", "then", "also", "not", "but", "use", "used", "using", "via", "per", "over", "about",
        "new", "based", "need", "needs", "looking", "want", "wants", "offer", "offers",
        "technology", "technologies", "technological", "solution", "solutions", "system", "systems",
        // Vietnamese (folded)
        "cac", "cua", "cho", "voi", "trong", "duoc", "nhung", "mot", "nay", "khi", "theo", "nhu", "cung", "dang",
        "rat", "nhieu", "hon", "tren", "duoi", "sau", "truoc", "viec", "vao", "lam", "bang", "hay", "hoac", "thi",
        "neu", "nen", "vay", "nao", "gi", "ban", "chung", "toi", "con", "tai", "tu", "den", "qua", "giua",
        "moi", "nhat", "cao", "can", "muon", "tim", "kiem", "dung", "ung", "cong", "nghe", "giai", "phap",
        "phuc", "nham", "thoi", "hien", "co", "la", "va", "de",
    };
}
