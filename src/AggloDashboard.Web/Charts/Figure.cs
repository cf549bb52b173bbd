using Plotly.Blazor;

namespace AggloDashboard.Web.Charts;

/// <summary>What a chart draws: its traces and layout, built by a pure mapper from metric values.</summary>
/// <param name="Step">
/// When set, what a drawn chart of the same <see cref="FigureStep.Shape"/> needs to become this figure: the chart
/// restyles these attributes instead of sending the whole figure again.
/// </param>
public sealed record Figure(IList<ITrace> Data, Layout Layout, FigureStep? Step = null);

/// <summary>
/// The attributes that differ between figures of one shape (a map's values from one year to the next), in the form
/// <c>Plotly.restyle</c> takes: each attribute's value for every trace, in trace order.
/// </summary>
/// <param name="Shape">Equal for two figures that differ in nothing but <paramref name="Attributes"/>.</param>
public sealed record FigureStep(string Shape, IReadOnlyDictionary<string, object[]> Attributes);
