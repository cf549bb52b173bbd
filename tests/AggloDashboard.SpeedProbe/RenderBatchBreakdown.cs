using System.Buffers.Binary;
using System.Text;

/// <summary>
/// Splits the render batches of Blazor Server frames (SignalR MessagePack messages, target <c>JS.RenderBatch</c>) into
/// the bytes each component's diff costs: its edits, the reference frames they insert and the new strings those frames
/// name. The layout is that of ASP.NET Core's RenderBatchWriter: per component id, a count and 16-byte edits; 20-byte
/// reference frames; the strings, then their offsets; and five section offsets at the end.
/// </summary>
internal static class RenderBatchBreakdown
{
    private const int EditSize = 16;
    private const int FrameSize = 20;

    /// <summary>Every message of a received binary WebSocket frame, as (target, render batch bytes or null, message bytes).</summary>
    public static IEnumerable<(string Target, byte[]? Batch, int Bytes)> Messages(byte[] frame)
    {
        var at = 0;
        while (at < frame.Length)
        {
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                b = frame[at++];
                length |= (b & 0x7f) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            var body = frame.AsSpan(at, length);
            at += length;
            yield return Invocation(body.ToArray(), length);
        }
    }

    /// <summary>
    /// Bytes by component id of one render batch, with the strings sent for it; a string is charged to the first
    /// component that names it.
    /// </summary>
    public static Dictionary<int, (long Bytes, List<string> Strings)> BytesByComponent(byte[] batch)
    {
        var span = batch.AsSpan();
        var end = span.Length - 20;
        var updated = Int(span, end);
        var referenceFrames = Int(span, end + 4);
        var stringTable = Int(span, end + 16);
        var frameCount = Int(span, referenceFrames);
        // The string table ends in one offset per string, up to the section offsets.
        var stringCount = (end - stringTable) / 4;
        var charged = new bool[stringCount];
        var result = new Dictionary<int, (long Bytes, List<string> Strings)>();
        var diffs = Int(span, updated);
        for (var d = 0; d < diffs; d++)
        {
            var at = Int(span, updated + 4 + 4 * d);
            var id = Int(span, at);
            var edits = Int(span, at + 4);
            var strings = result.TryGetValue(id, out var seen) ? seen.Strings : [];
            long bytes = 8 + (long)edits * EditSize;
            for (var e = 0; e < edits; e++)
            {
                var edit = at + 8 + e * EditSize;
                var type = Int(span, edit);
                var frame = Int(span, edit + 8);
                var removedName = Int(span, edit + 12);
                bytes += StringBytes(span, stringTable, removedName, charged, strings);
                // PrependFrame (1) inserts a frame and its subtree; SetAttribute (3) and UpdateText/Markup (5, 8) one frame.
                var frames = type == 1 ? SubtreeLength(span, referenceFrames, frame) : type is 3 or 5 or 8 ? 1 : 0;
                for (var f = frame; f < frame + frames && f < frameCount; f++)
                {
                    bytes += FrameSize + FrameStrings(span, referenceFrames + 4 + f * FrameSize, stringTable, charged, strings);
                }
            }

            result[id] = (seen.Bytes + bytes, strings);
        }

        return result;
    }

    // Attribute frames name two strings (name, value), element frames their tag, text, markup and element reference
    // capture frames one; the other frames none.
    private static long FrameStrings(ReadOnlySpan<byte> span, int start, int stringTable, bool[] charged, List<string> strings) => Int(span, start) switch
    {
        3 => StringBytes(span, stringTable, Int(span, start + 4), charged, strings) + StringBytes(span, stringTable, Int(span, start + 8), charged, strings),
        1 => StringBytes(span, stringTable, Int(span, start + 8), charged, strings),
        2 or 6 or 8 => StringBytes(span, stringTable, Int(span, start + 4), charged, strings),
        _ => 0,
    };

    private static int SubtreeLength(ReadOnlySpan<byte> span, int referenceFrames, int frame)
    {
        var start = referenceFrames + 4 + frame * FrameSize;
        var type = Int(span, start);
        // Element (1), Region (5) and Component (4) frames carry their subtree length next to the type.
        return type is 1 or 4 or 5 ? Math.Max(1, Int(span, start + 4)) : 1;
    }

    // A string's bytes (its table entry, length prefix and UTF-8), the first time it is named; -1 is null.
    private static long StringBytes(ReadOnlySpan<byte> span, int stringTable, int index, bool[] charged, List<string> strings)
    {
        if (index < 0 || index >= charged.Length || charged[index])
        {
            return 0;
        }

        charged[index] = true;
        var at = Int(span, stringTable + 4 * index);
        var length = 0;
        var shift = 0;
        var size = 0;
        byte b;
        do
        {
            b = span[at + size++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        strings.Add(Encoding.UTF8.GetString(span.Slice(at + size, length)));
        return 4 + size + length;
    }

    private static int Int(ReadOnlySpan<byte> span, int at) => BinaryPrimitives.ReadInt32LittleEndian(span[at..]);

    // A SignalR MessagePack invocation: [1, headers, invocationId, target, arguments, ...].
    private static (string Target, byte[]? Batch, int Bytes) Invocation(byte[] body, int bytes)
    {
        var reader = new MessagePackReader(body);
        var count = reader.ArrayHeader();
        var type = reader.Int();
        if (type != 1 || count < 5)
        {
            return ($"message type {type}", null, bytes);
        }

        reader.Skip();
        reader.Skip();
        var target = reader.Str() ?? "";
        if (target != "JS.RenderBatch")
        {
            return (target, null, bytes);
        }

        reader.ArrayHeader();
        reader.Skip();
        return (target, reader.Bin(), bytes);
    }

    private ref struct MessagePackReader(byte[] data)
    {
        private int _at;

        public int ArrayHeader()
        {
            var b = data[_at++];
            return b >= 0x90 && b <= 0x9f ? b & 0x0f
                : b == 0xdc ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Advance(2)))
                : BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(Advance(4)));
        }

        public long Int()
        {
            var b = data[_at++];
            return b <= 0x7f ? b : b >= 0xe0 ? (sbyte)b : b switch
            {
                0xcc or 0xd0 => data[Advance(1)],
                0xcd or 0xd1 => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Advance(2))),
                0xce or 0xd2 => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(Advance(4))),
                _ => BinaryPrimitives.ReadInt64BigEndian(data.AsSpan(Advance(8))),
            };
        }

        public string? Str()
        {
            var b = data[_at];
            if (b == 0xc0)
            {
                _at++;
                return null;
            }

            var length = Length(0xa0, 0x1f, 0xd9);
            return Encoding.UTF8.GetString(data, Advance(length), length);
        }

        public byte[] Bin()
        {
            var length = Length(0, 0, 0xc4);
            return data.AsSpan(Advance(length), length).ToArray();
        }

        public void Skip()
        {
            var b = data[_at];
            if (b <= 0x7f || b >= 0xe0 || b is 0xc0 or 0xc2 or 0xc3)
            {
                _at++;
            }
            else if (b is >= 0x80 and <= 0x8f or 0xde or 0xdf)
            {
                var pairs = b <= 0x8f ? b & 0x0f : (int)Int();
                _at = b <= 0x8f ? _at + 1 : _at;
                for (var i = 0; i < 2 * pairs; i++)
                {
                    Skip();
                }
            }
            else if (b is >= 0x90 and <= 0x9f or 0xdc or 0xdd)
            {
                var items = ArrayHeader();
                for (var i = 0; i < items; i++)
                {
                    Skip();
                }
            }
            else if (b is >= 0xa0 and <= 0xbf or 0xd9 or 0xda or 0xdb)
            {
                Str();
            }
            else if (b is 0xc4 or 0xc5 or 0xc6)
            {
                Bin();
            }
            else
            {
                Int();
            }
        }

        // The length of a str (fixstr prefix, mask) or bin value, its 8/16/32-bit forms following the 8-bit code.
        private int Length(int fixPrefix, int fixMask, int code8)
        {
            var b = data[_at++];
            if (fixMask != 0 && b >= fixPrefix && b <= fixPrefix + fixMask)
            {
                return b & fixMask;
            }

            return b == code8 ? data[Advance(1)]
                : b == code8 + 1 ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(Advance(2)))
                : (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(Advance(4)));
        }

        private int Advance(int by)
        {
            var at = _at;
            _at += by;
            return at;
        }
    }
}
