using AggloDashboard.Data.Store;

namespace AggloDashboard.Web.Readings;

/// <summary>What a page says when the store refused a change for a reason outside the change (busy, full, read-only).</summary>
public static class StoreFaultText
{
    /// <summary>The message for <paramref name="exception"/>, or null when it is no store fault.</summary>
    public static string? For(Exception exception, Lang lang) =>
        StoreFaults.Classify(exception) is { } fault ? For(fault, lang) : null;

    public static string For(StoreFault fault, Lang lang) => UiText.Get(lang, fault switch
    {
        StoreFault.Busy => "store.busy",
        StoreFault.Full => "store.full",
        _ => "store.readOnly",
    });
}
