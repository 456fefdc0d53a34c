using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>
/// The Noto Sans faces shipped in assets/fonts, loaded once per process. Typefaces are immutable and safe
/// to share between threads; everything mutable (HarfBuzz shapers, SKFont) is created per document.
/// </summary>
public sealed class PdfFontProvider : IDisposable
{
    public const string RegularFileName = "NotoSans-Regular.ttf";
    public const string BoldFileName = "NotoSans-Bold.ttf";

    public PdfFontProvider()
        : this(Path.Combine(AppContext.BaseDirectory, "assets", "fonts"))
    {
    }

    public PdfFontProvider(string fontDirectory)
    {
        Regular = Load(fontDirectory, RegularFileName);
        Bold = Load(fontDirectory, BoldFileName);
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }

    public SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"PDF font not found at {path}; assets/fonts must be copied to the build output.", path);
        }
        // SKTypeface.FromFile returns null (not an exception) for a file Skia cannot parse.
        return SKTypeface.FromFile(path)
            ?? throw new InvalidOperationException($"Skia could not read the font {path}.");
    }
}
