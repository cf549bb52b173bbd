namespace AggloDashboard.Data.Boundaries;

/// <summary>The coordinate compression of ECharts 4 maps (<c>"UTF8Encoding": true</c>), one ring at a time.</summary>
internal static class EChartsRing
{
    private const int CharacterBias = 64;

    /// <summary>
    /// Decodes one ring: its characters in pairs (x, y), each character c giving v = c - 64, zigzag-decoded,
    /// added to the previous value (starting from the ring's offset) and divided by <paramref name="scale"/>.
    /// </summary>
    public static (double Longitude, double Latitude)[] Decode(string encoded, long offsetX, long offsetY, double scale)
    {
        if (encoded.Length % 2 != 0)
        {
            throw new InvalidDataException($"an encoded ring has an odd number of characters ({encoded.Length})");
        }

        var positions = new (double, double)[encoded.Length / 2];
        var x = offsetX;
        var y = offsetY;
        for (var i = 0; i < positions.Length; i++)
        {
            x += ZigZagDecode(encoded[2 * i] - CharacterBias);
            y += ZigZagDecode(encoded[2 * i + 1] - CharacterBias);
            positions[i] = (x / scale, y / scale);
        }

        return positions;
    }

    /// <summary>0, 1, 2, 3, 4 ... decode to 0, -1, 1, -2, 2 ...</summary>
    private static int ZigZagDecode(int value) => (value >> 1) ^ -(value & 1);
}
