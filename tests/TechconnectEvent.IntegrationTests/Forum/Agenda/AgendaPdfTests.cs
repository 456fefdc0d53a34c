using System.Net;
using System.Text;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Forum.Agenda;

public sealed class AgendaPdfTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task Anonymous_InVietnamese_GetsTheProgrammeByDayAndRoom_WithExactText()
    {
        var response = await BrowserClient.Create(factory, "vi-VN").GetAsync("/agenda.pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var document = PdfDocument.Open(bytes);
        Assert.All(document.GetPages(), page => Assert.Equal((595, 842), ((int)page.Width, (int)page.Height)));
        var text = Text(document);
        Assert.Contains(AgendaData.DigitalForumVi, text);
        Assert.Contains(AgendaData.OpeningVi, text);
        Assert.Contains("Hội trường chính", text);
        Assert.Contains("Techconnect and Innovation Vietnam 2023", text);
        Assert.Contains("Trang 1/", text);
        Assert.DoesNotContain("bản nháp", text);
        Assert.True(text.IndexOf(AgendaData.OpeningVi, StringComparison.Ordinal) < text.IndexOf(AgendaData.DigitalForumVi, StringComparison.Ordinal),
            "The first day comes before the second.");
    }

    [Fact]
    public async Task InEnglish_TheProgrammeIsInEnglish()
    {
        var bytes = await BrowserClient.Create(factory, "en-US").GetByteArrayAsync("/agenda.pdf", TestContext.Current.CancellationToken);

        using var document = PdfDocument.Open(bytes);
        var text = Text(document);
        Assert.Contains(AgendaData.OpeningEn, text);
        Assert.Contains("Page 1 of", text);
    }

    private static string Text(PdfDocument document)
    {
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendLine(string.Join(" ", page.GetWords().Select(w => w.Text)));
        }
        return text.ToString().Normalize(NormalizationForm.FormC);
    }
}
