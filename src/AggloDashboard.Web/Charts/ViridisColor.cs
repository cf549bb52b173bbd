using System.Globalization;

namespace AggloDashboard.Web.Charts;

/// <summary>Colours of the Viridis scale at a position in [0, 1], to colour bars like the map.</summary>
public static class ViridisColor
{
    // Plotly's Viridis stops (plotly.js src/components/colorscale/scales.js).
    private static readonly (double At, int R, int G, int B)[] Stops =
    [
        (0.0, 0x44, 0x01, 0x54), (0.06274509803921569, 0x48, 0x18, 0x6a), (0.12549019607843137, 0x47, 0x2d, 0x7b),
        (0.18823529411764706, 0x42, 0x40, 0x86), (0.25098039215686274, 0x3b, 0x52, 0x8b), (0.3137254901960784, 0x33, 0x63, 0x8d),
        (0.3764705882352941, 0x2c, 0x72, 0x8e), (0.4392156862745098, 0x26, 0x82, 0x8e), (0.5019607843137255, 0x21, 0x91, 0x8c),
        (0.5647058823529412, 0x1f, 0xa0, 0x88), (0.6274509803921569, 0x28, 0xae, 0x80), (0.6901960784313725, 0x3f, 0xbc, 0x73),
        (0.7529411764705882, 0x5e, 0xc9, 0x62), (0.8156862745098039, 0x84, 0xd4, 0x4b), (0.8784313725490196, 0xad, 0xdc, 0x30),
        (0.9411764705882353, 0xd8, 0xe2, 0x19), (1.0, 0xfd, 0xe7, 0x25),
    ];

    public static string At(double position)
    {
        var p = Math.Clamp(double.IsNaN(position) ? 0 : position, 0, 1);
        for (var i = 1; i < Stops.Length; i++)
        {
            if (p <= Stops[i].At)
            {
                var (a, b) = (Stops[i - 1], Stops[i]);
                var f = (p - a.At) / (b.At - a.At);
                return string.Create(CultureInfo.InvariantCulture,
                    $"#{Lerp(a.R, b.R, f):x2}{Lerp(a.G, b.G, f):x2}{Lerp(a.B, b.B, f):x2}");
            }
        }

        return "#fde725";
    }

    private static int Lerp(int a, int b, double f) => (int)Math.Round(a + (b - a) * f);
}
