using System.Text.RegularExpressions;
using TechconnectEvent.UnitTests.Support;

namespace TechconnectEvent.UnitTests.Localization;

/// <summary>
/// Text a person reads must come from the resources, or a Vietnamese page shows English. These checks read the
/// markup of every component and every collocated script and list text written in place.
/// </summary>
public sealed partial class HardCodedTextTests
{
    /// <summary>Names and formats that read the same in both languages.</summary>
    private static readonly HashSet<string> SameInEveryLanguage = new(StringComparer.Ordinal) { "CSV", "XLSX", "PDF", "QR", "VND", "TechconnectEvent", "#RRGGBB" };

    private static readonly HashSet<string> RazorKeywords = new(StringComparer.Ordinal) { "else", "try", "finally", "do" };

    [Fact]
    public void Markup_HasNoTextOutsideTheResources()
    {
        var found = SourceFiles("*.razor").SelectMany(file => HardCodedMarkupText(File.ReadAllText(file)).Select(text => $"{Path.GetFileName(file)}: {text}"));

        Assert.Empty(found);
    }

    [Fact]
    public void Scripts_WriteNoSentencesOfTheirOwn()
    {
        var found = SourceFiles("*.razor.js").SelectMany(file => HardCodedScriptText(File.ReadAllText(file)).Select(text => $"{Path.GetFileName(file)}: {text}"));

        Assert.Empty(found);
    }

    [Fact]
    public void TheChecks_FindTheTemplatesEnglishReconnectDialog()
    {
        const string template = """
            <dialog id="components-reconnect-modal" data-nosnippet>
                <p class="components-reconnect-first-attempt-visible">
                    Rejoining the server...
                </p>
                <p class="components-reconnect-repeated-attempt-visible">
                    Rejoin failed... trying again in <span id="components-seconds-to-next-attempt"></span> seconds.
                </p>
                <p>Failed to rejoin.<br />Please retry or reload the page.</p>
                <button id="components-reconnect-button" aria-label="Retry now">Retry</button>
            </dialog>
            """;
        const string script = """
            // A comment may say "Something in English" freely.
            status.textContent = "Rejoin failed, trying again";
            """;

        Assert.Equal(
            ["Rejoining the server...", "Rejoin failed... trying again in", "seconds.", "Failed to rejoin.", "Please retry or reload the page.", "Retry", "aria-label=\"Retry now\""],
            HardCodedMarkupText(template));
        Assert.Equal(["\"Rejoin failed, trying again\""], HardCodedScriptText(script));
    }

    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.EnumerateFiles(RepositoryPaths.WebProject, pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static List<string> HardCodedMarkupText(string source)
    {
        var markup = RazorComment().Replace(source, "");
        var code = markup.IndexOf("@code", StringComparison.Ordinal);
        markup = NonTextElement().Replace(code >= 0 ? markup[..code] : markup, "");
        var found = new List<string>();
        foreach (var line in markup.Split('\n'))
        {
            var trimmed = line.Trim();
            if (Directive().IsMatch(trimmed))
            {
                continue;
            }
            if (WholeLineText().IsMatch(trimmed) && !RazorKeywords.Contains(trimmed))
            {
                found.Add(trimmed);
                continue;
            }
            found.AddRange(new[] { LeadingText(), InlineText(), TrailingText() }
                .SelectMany(pattern => pattern.Matches(line).Select(m => m.Groups["text"].Value.Trim())));
            found.AddRange(TextAttribute().Matches(line).Select(m => m.Value));
        }
        return found.Where(text => !SameInEveryLanguage.Contains(text) && !SameInEveryLanguage.Any(t => text.EndsWith($"\"{t}\"", StringComparison.Ordinal))).ToList();
    }

    private static List<string> HardCodedScriptText(string source)
    {
        var code = LineComment().Replace(BlockComment().Replace(source, ""), "");
        return ScriptSentence().Matches(code).Select(m => m.Value).ToList();
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<(script|style|code)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex NonTextElement();

    // A line of words and nothing else: no tag, no Razor, no C#.
    [GeneratedRegex(@"^[^<>@{}();=:""]*[A-Za-z]{2,}[^<>@{}();=:""]*$")]
    private static partial Regex WholeLineText();

    [GeneratedRegex(@"^\s*(?<text>[^<>@{}();=""]*[A-Za-z]{2,}[^<>@{}();=""]*)<")]
    private static partial Regex LeadingText();

    [GeneratedRegex(@">(?<text>[^<>@{}();=""]*[A-Za-z]{2,}[^<>@{}();=""]*)<")]
    private static partial Regex InlineText();

    [GeneratedRegex(@">(?<text>[^<>@{}();=""]*[A-Za-z]{2,}[^<>@{}();=""]*)\s*$")]
    private static partial Regex TrailingText();

    [GeneratedRegex(@"\b(aria-label|title|placeholder|Placeholder|Label|Text|HelperText|Title|alt)=""[^""@]*[A-Za-z]{2,}[^""@]*""")]
    private static partial Regex TextAttribute();

    [GeneratedRegex(@"^@(inject|using|inherits|attribute|page|implements|typeparam|layout|rendermode)\b")]
    private static partial Regex Directive();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    // A string literal that reads like a sentence: a capitalised word followed by more words.
    [GeneratedRegex(@"([""'`])[A-Z][a-z]+ [^""'`\n]*\1")]
    private static partial Regex ScriptSentence();
}
