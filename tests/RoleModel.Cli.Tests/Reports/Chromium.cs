using PuppeteerSharp;

namespace RoleModel.Cli.Tests.Reports;

/// <summary>
/// One headless Chromium per test class, started from Debian's package with a fresh profile and everything that
/// could reach the network switched off. Pages opened through <see cref="OpenAsync"/> record console errors and
/// every request they make.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private readonly string profile = Directory.CreateTempSubdirectory("rolemodel-chromium-").FullName;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Executable))
        {
            return;
        }

        browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            UserDataDir = profile,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
            browser.Dispose();
        }

        Directory.Delete(profile, recursive: true);
    }

    /// <summary>Opens a file in a new page of the given width and waits until it has loaded.</summary>
    public async Task<LoadedPage> OpenAsync(string path, int width = 1280)
    {
        var page = await (browser ?? throw new InvalidOperationException("Chromium did not start.")).NewPageAsync();
        var loaded = new LoadedPage(page);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        await page.GoToAsync(new Uri(path).AbsoluteUri, WaitUntilNavigation.Networkidle0);
        return loaded;
    }
}

/// <summary>A page with what it logged and requested while loading.</summary>
public sealed class LoadedPage : IAsyncDisposable
{
    public LoadedPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
            {
                Problems.Add($"console {e.Message.Type}: {e.Message.Text}");
            }
        };
        page.PageError += (_, e) => Problems.Add($"page error: {e.Message}");
        page.Request += (_, e) => Requests.Add(e.Request.Url);
    }

    public IPage Page { get; }

    public List<string> Problems { get; } = [];

    public List<string> Requests { get; } = [];

    public Task<T> EvaluateAsync<T>(string script) => Page.EvaluateExpressionAsync<T>(script);

    public async ValueTask DisposeAsync() => await Page.CloseAsync();
}
