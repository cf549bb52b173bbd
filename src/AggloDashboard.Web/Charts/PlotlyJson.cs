using System.Text.Json;
using System.Text.Json.Serialization;
using Plotly.Blazor;

namespace AggloDashboard.Web.Charts;

/// <summary>
/// A figure as plotly.js takes it, <c>{ data, layout, config }</c>, serialized as Plotly.Blazor serializes its own
/// figures for its interop (property names as declared, nulls left out, each trace by its own type). Plotly.Blazor
/// keeps those options internal, so they are repeated here.
/// </summary>
public static class PlotlyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new PolymorphicConverter<ITrace>(), new DateTimeConverter(), new DateTimeOffsetConverter() },
    };

    public static JsonElement Figure(Figure figure, Config config) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["data"] = figure.Data,
            ["layout"] = figure.Layout,
            ["config"] = config,
        }, Options);
}
