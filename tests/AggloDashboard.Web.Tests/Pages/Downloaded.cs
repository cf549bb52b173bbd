using System.Text;

namespace AggloDashboard.Web.Tests.Pages;

/// <summary>What a page streamed to the browser as a download (every download goes through <c>downloadStream</c>).</summary>
public static class Downloaded
{
    public const string Identifier = "downloadStream";

    /// <summary>The downloads asked for so far, in order.</summary>
    public static JSRuntimeInvocation[] Calls(BunitJSInterop js) => js.Invocations.Where(i => i.Identifier == Identifier).ToArray();

    /// <summary>The bytes streamed (a closed memory stream still gives its bytes).</summary>
    public static MemoryStream Bytes(JSRuntimeInvocation call) =>
        new(((MemoryStream)((Microsoft.JSInterop.DotNetStreamReference)call.Arguments[1]!).Stream).ToArray());

    /// <summary>A text download: checks it is UTF-8 with a byte-order mark and gives the text after the mark.</summary>
    public static string Text(JSRuntimeInvocation call)
    {
        var bytes = Bytes(call).ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes.Take(3).ToArray());
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }
}
