using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

/// <summary>How wide a table column is: a fixed number of points, or a share of what fixed columns leave.</summary>
public readonly record struct PdfColumnWidth(float Value, bool IsFixed)
{
    public static PdfColumnWidth Fixed(float points) => new(points, true);
    public static PdfColumnWidth Relative(float weight = 1) => new(weight, false);
}

public sealed record PdfTableColumn(string Header, PdfColumnWidth Width, PdfAlignment Alignment = PdfAlignment.Left);

/// <summary>One table cell. Strings convert implicitly, so plain rows read as <c>new PdfTableRow("A", "B")</c>.</summary>
public sealed record PdfTableCell(string Text)
{
    public SKColor? Background { get; init; }

    /// <summary>A small filled square drawn before the text, e.g. a zone's colour.</summary>
    public SKColor? Swatch { get; init; }

    public static implicit operator PdfTableCell(string text) => new(text);

    public static PdfTableCell WithSwatch(SKColor colour, string text = "") => new(text) { Swatch = colour };
}

public sealed record PdfTableRow(IReadOnlyList<PdfTableCell> Cells)
{
    public PdfTableRow(params PdfTableCell[] cells)
        : this((IReadOnlyList<PdfTableCell>)cells)
    {
    }

    public bool Bold { get; init; }
    public SKColor? Background { get; init; }
}

public sealed record PdfTable(IReadOnlyList<PdfTableColumn> Columns, IReadOnlyList<PdfTableRow> Rows)
{
    public PdfTextStyle BodyStyle { get; init; } = PdfTextStyle.TableBody;
    public PdfTextStyle HeaderStyle { get; init; } = PdfTextStyle.TableHeader;
    public SKColor HeaderBackground { get; init; } = new(0xEC, 0xEF, 0xF1);
    public SKColor GridColour { get; init; } = new(0xB0, 0xBE, 0xC5);

    internal void Validate()
    {
        if (Columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(Columns));
        }
        for (var index = 0; index < Rows.Count; index++)
        {
            if (Rows[index].Cells.Count != Columns.Count)
            {
                throw new ArgumentException(
                    $"Row {index} has {Rows[index].Cells.Count} cells; the table has {Columns.Count} columns.",
                    nameof(Rows));
            }
        }
    }
}
