using System.Collections.Concurrent;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Components.Layout;

namespace TechconnectEvent.ComponentTests.Layout;

public sealed class PageErrorBoundaryTests : MudComponentTest
{
    private static readonly ConcurrentQueue<(string Message, Exception? Exception)> Logged = new();

    public PageErrorBoundaryTests() : base(configureServices: services => services.AddSingleton<ILogger<PageErrorBoundary>>(new CapturingLogger()))
    {
    }

    [Fact]
    public void BrokenPage_ShowsATranslatedMessage_WithTheReferenceThatIsInTheLog()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, Page<BrokenPage>()));

        var message = layout.WaitForElement("[data-testid='page-error']").TextContent;
        Assert.Contains("Đã xảy ra lỗi trên trang này", message, StringComparison.Ordinal);
        // The log is shared by this class's tests: the entry for this page is the one whose reference it shows.
        var logged = Assert.Single(Logged, entry => message.Contains(entry.Message[^8..], StringComparison.Ordinal));
        Assert.Matches("reference [0-9A-F]{8}$", logged.Message);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.Equal(BrokenPage.Failure, logged.Exception.Message);
        Assert.DoesNotContain(BrokenPage.Failure, layout.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void NavigatingAway_RecoversInTheSameSession()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, Page<BrokenPage>()));
        layout.WaitForElement("[data-testid='page-error']");

        // What the router does on navigation: the same layout instance receives the next page as its body.
        layout.Render(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "the next page"))));

        Assert.Empty(layout.FindAll("[data-testid='page-error']"));
        Assert.Contains("the next page", layout.Find("#main-content").TextContent, StringComparison.Ordinal);
        Assert.NotNull(layout.Find("[data-testid='edition-name']"));
    }

    private static RenderFragment Page<T>() where T : IComponent => builder =>
    {
        builder.OpenComponent<T>(0);
        builder.CloseComponent();
    };

    private sealed class BrokenPage : ComponentBase
    {
        public const string Failure = "a page's own bug, with internals nobody should see";

        protected override void OnInitialized() => throw new InvalidOperationException(Failure);
    }

    private sealed class CapturingLogger : ILogger<PageErrorBoundary>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Logged.Enqueue((formatter(state, exception), exception));
    }
}
