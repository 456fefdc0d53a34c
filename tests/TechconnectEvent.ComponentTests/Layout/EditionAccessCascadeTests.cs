using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;
using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.ComponentTests.Layout;

/// <summary>Whatever the page body, it learns from the layout whether the working edition is archived.</summary>
public sealed class EditionAccessCascadeTests : MudComponentTest
{
    [Theory]
    [InlineData(EditionStatus.Archived, true)]
    [InlineData(EditionStatus.Running, false)]
    public void ThePageBody_LearnsWhetherTheWorkingEditionIsReadOnly(EditionStatus status, bool readOnly)
    {
        var edition = Database.AddEdition();
        using (var db = Database.CreateDbContext())
        {
            db.Editions.Single(e => e.Id == edition.Id).Status = status;
            db.SaveChanges();
        }

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b =>
        {
            b.OpenComponent<AccessProbe>(0);
            b.CloseComponent();
        })));

        layout.WaitForAssertion(() => Assert.Equal($"{edition.Id}:{readOnly}", layout.Find("[data-testid=probe]").TextContent));
        Assert.Equal(readOnly, layout.FindAll("[data-testid=edition-read-only]").Count == 1);
    }

    private sealed class AccessProbe : ComponentBase
    {
        [CascadingParameter]
        public EditionAccess? Access { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "data-testid", "probe");
            builder.AddContent(2, $"{Access?.EditionId}:{Access?.ReadOnly}");
            builder.CloseElement();
        }
    }
}
