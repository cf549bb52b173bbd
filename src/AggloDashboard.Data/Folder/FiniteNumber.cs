using System.Globalization;

namespace AggloDashboard.Data.Folder;

/// <summary>Culture-invariant parsing of the panel's values.</summary>
internal static class FiniteNumber
{
    /// <summary>
    /// Accepts a finite number with '.' as the decimal point, optionally in scientific notation.
    /// Rejects thousands separators (which would make "1,234" mean different things in different locales),
    /// NaN and the infinities (including numbers too large for a double).
    /// </summary>
    public static bool TryParse(string text, out double value, out string problem)
    {
        problem = "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            problem = text.Contains(',')
                ? $"'{text}' is not a number: use '.' as the decimal point and no thousands separators"
                : $"'{text}' is not a number";
            return false;
        }

        if (!double.IsFinite(value))
        {
            problem = $"'{text}' is not a finite number";
            return false;
        }

        return true;
    }
}
