using AggloDashboard.Core.Domain;
using AggloDashboard.Data.Validation;

namespace AggloDashboard.Data.Folder;

/// <summary>The subsystems every dataset needs indicators for, so that every metric of docs/METRICS.md can be computed.</summary>
internal static class SubsystemRequirements
{
    private static readonly Subsystem[] ExactlyOne = [Subsystem.EmploymentTotal, Subsystem.Manufacturing];

    private static readonly Subsystem[] AtLeastOne =
        [Subsystem.ProducerServices, Subsystem.InnovationInput, Subsystem.InnovationOutput, Subsystem.InnovationBenefit];

    public static void Check(IReadOnlyList<Sourced<Indicator>> indicators, ProblemLog log)
    {
        foreach (var subsystem in ExactlyOne.Concat(AtLeastOne))
        {
            var lines = indicators.Where(i => i.Value.Subsystem == subsystem).Select(i => i.Line).ToArray();
            var code = subsystem.ToCode();
            if (lines.Length == 0)
            {
                var required = ExactlyOne.Contains(subsystem) ? "exactly one" : "at least one";
                log.Error(DatasetFolderLayout.IndicatorsFile, null, "subsystem",
                    $"no indicator has subsystem '{code}': {required} is required");
            }
            else if (lines.Length > 1 && ExactlyOne.Contains(subsystem))
            {
                log.Error(DatasetFolderLayout.IndicatorsFile, null, "subsystem",
                    $"{lines.Length} indicators have subsystem '{code}' (lines {string.Join(", ", lines)}): exactly one is required");
            }
        }
    }
}
