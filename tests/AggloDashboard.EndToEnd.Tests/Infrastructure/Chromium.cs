namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>Debian's Chromium launched by Playwright (no browser download).</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage =
        "Chromium is not installed: run  sudo apt-get install -y chromium fonts-noto-cjk  (tests/run-all.sh does this when run as root)";

    public static readonly string[] Args =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--enable-unsafe-swiftshader",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
}
