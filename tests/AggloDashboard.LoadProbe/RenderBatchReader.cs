using System.Buffers.Binary;
using System.Text;

/// <summary>An event handler the server attached to a range input (the year slider), and the slider's bounds.</summary>
internal sealed record SliderHandler(int ComponentId, string EventName, ulong HandlerId, int? Min, int? Max);

/// <summary>
/// Reads the binary render batches a Blazor circuit sends (the layout of aspnetcore's RenderBatchWriter: fixed-size edit
/// and frame entries, a string table, and the five section offsets at the end) far enough to find the year slider's
/// event handler: a browser needs it to send the slider's event, and it changes whenever the slider re-renders.
/// </summary>
internal static class RenderBatchReader
{
    // RenderTreeFrameType and RenderTreeEditType values.
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;
    private const int PrependFrameEdit = 1;
    private const int SetAttributeEdit = 3;
    private const int FrameSize = 20;
    private const int EditSize = 16;

    /// <summary>
    /// The slider's handler after this batch: a newly rendered range input's handler, or a new handler id the batch
    /// sets on the slider's component (<paramref name="current"/>), else <paramref name="current"/> unchanged.
    /// </summary>
    public static SliderHandler? Slider(ReadOnlySpan<byte> batch, SliderHandler? current)
    {
        var trailer = batch.Length - 5 * sizeof(int);
        var updatedComponents = Int(batch, trailer);
        var referenceFrames = Int(batch, trailer + 4) + 4;
        var stringTable = Int(batch, trailer + 16);
        var strings = new StringTable(batch, stringTable, (trailer - stringTable) / 4);

        var diffs = Int(batch, updatedComponents);
        for (var d = 0; d < diffs; d++)
        {
            var diff = Int(batch, updatedComponents + 4 + 4 * d);
            var componentId = Int(batch, diff);
            var edits = Int(batch, diff + 4);
            for (var e = 0; e < edits; e++)
            {
                var edit = diff + 8 + e * EditSize;
                var type = Int(batch, edit);
                var frameIndex = Int(batch, edit + 8);
                var frame = referenceFrames + frameIndex * FrameSize;
                if (type == PrependFrameEdit && Int(batch, frame) == ElementFrame)
                {
                    current = FindRangeInput(batch, referenceFrames, frameIndex, Int(batch, frame + 4), componentId, strings) ?? current;
                }
                else if (type == SetAttributeEdit && current is not null && componentId == current.ComponentId
                         && Int(batch, frame) == AttributeFrame && strings.Get(Int(batch, frame + 4)) == "on" + current.EventName)
                {
                    var id = BinaryPrimitives.ReadUInt64LittleEndian(batch[(frame + 12)..]);
                    current = id == 0 ? current : current with { HandlerId = id };
                }
            }
        }

        return current;
    }

    private static SliderHandler? FindRangeInput(ReadOnlySpan<byte> batch, int referenceFrames, int first, int length, int componentId,
        StringTable strings)
    {
        for (var i = first; i < first + length; i++)
        {
            var frame = referenceFrames + i * FrameSize;
            if (Int(batch, frame) != ElementFrame || strings.Get(Int(batch, frame + 8)) != "input")
            {
                continue;
            }

            var attributes = new Dictionary<string, (string? Value, ulong HandlerId)>();
            for (var a = i + 1; a < first + length && Int(batch, referenceFrames + a * FrameSize) == AttributeFrame; a++)
            {
                var attribute = referenceFrames + a * FrameSize;
                attributes[strings.Get(Int(batch, attribute + 4)) ?? ""] =
                    (strings.Get(Int(batch, attribute + 8)), BinaryPrimitives.ReadUInt64LittleEndian(batch[(attribute + 12)..]));
            }

            if (attributes.GetValueOrDefault("type").Value != "range")
            {
                continue;
            }

            // A slider that updates while dragged listens to "input"; one that updates on release, to "change".
            foreach (var name in new[] { "input", "change" })
            {
                if (attributes.TryGetValue("on" + name, out var handler) && handler.HandlerId != 0)
                {
                    return new SliderHandler(componentId, name, handler.HandlerId, Number(attributes, "min"), Number(attributes, "max"));
                }
            }
        }

        return null;
    }

    private static int? Number(Dictionary<string, (string? Value, ulong HandlerId)> attributes, string name) =>
        int.TryParse(attributes.GetValueOrDefault(name).Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int Int(ReadOnlySpan<byte> batch, int offset) => BinaryPrimitives.ReadInt32LittleEndian(batch[offset..]);

    /// <summary>The batch's strings: an index of positions, each string written as .NET's BinaryWriter writes one.</summary>
    private readonly ref struct StringTable
    {
        private readonly ReadOnlySpan<byte> _batch;
        private readonly int _index;
        private readonly int _count;

        public StringTable(ReadOnlySpan<byte> batch, int index, int count)
        {
            _batch = batch;
            _index = index;
            _count = count;
        }

        public string? Get(int i)
        {
            if (i < 0 || i >= _count)
            {
                return null;
            }

            var position = Int(_batch, _index + 4 * i);
            var length = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = _batch[position++];
                length |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            return Encoding.UTF8.GetString(_batch.Slice(position, length));
        }
    }
}
