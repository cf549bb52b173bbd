namespace AggloDashboard.Data.Store;

/// <summary>One shared instance per distinct code read from the store (equal text, one string).</summary>
internal sealed class CodePool
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    /// <summary>The pool's instance of <paramref name="code"/>, which becomes it when the pool has none yet.</summary>
    public string Shared(string code)
    {
        if (_codes.TryGetValue(code, out var shared))
        {
            return shared;
        }

        _codes.Add(code, code);
        return code;
    }
}
