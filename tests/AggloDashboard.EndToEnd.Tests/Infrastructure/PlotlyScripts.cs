namespace AggloDashboard.EndToEnd.Tests.Infrastructure;

/// <summary>JavaScript read in the page to know what Plotly has drawn.</summary>
public static class PlotlyScripts
{
    /// <summary>
    /// True once the chart with the given element id is drawn: Plotly has laid it out and, for a map, has fetched the
    /// boundary file and drawn the cities' paths.
    /// </summary>
    public const string IsDrawn = """
        id => {
          const el = document.getElementById(id);
          if (!el || !el._fullLayout || !el._fullData || !el.data || el.data.length === 0) return false;
          if (el._fullLayout.geo) return el.querySelectorAll('path.choroplethlocation').length > 0;
          return !!el.querySelector('.main-svg');
        }
        """;

    /// <summary>The first trace's locations and z as JSON: <c>{"locations":[...],"z":[...]}</c>.</summary>
    public const string MapTrace = """
        id => {
          const t = document.getElementById(id).data[0];
          return JSON.stringify({ locations: Array.from(t.locations || []), z: Array.from(t.z || []) });
        }
        """;
}
