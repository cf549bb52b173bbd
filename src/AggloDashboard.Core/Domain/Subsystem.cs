namespace AggloDashboard.Core.Domain;

/// <summary>The role an indicator plays in the metrics (docs/METRICS.md §8, <c>indicators.csv</c> column <c>subsystem</c>).</summary>
public enum Subsystem
{
    EmploymentTotal,
    Manufacturing,
    ProducerServices,
    EmploymentOther,
    InnovationInput,
    InnovationOutput,
    InnovationBenefit,
    Driver,
    Context,
}

/// <summary>The contract's snake_case spelling of <see cref="Subsystem"/>.</summary>
public static class SubsystemCodes
{
    private static readonly Dictionary<Subsystem, string> CodeOf = new()
    {
        [Subsystem.EmploymentTotal] = "employment_total",
        [Subsystem.Manufacturing] = "manufacturing",
        [Subsystem.ProducerServices] = "producer_services",
        [Subsystem.EmploymentOther] = "employment_other",
        [Subsystem.InnovationInput] = "innovation_input",
        [Subsystem.InnovationOutput] = "innovation_output",
        [Subsystem.InnovationBenefit] = "innovation_benefit",
        [Subsystem.Driver] = "driver",
        [Subsystem.Context] = "context",
    };

    private static readonly Dictionary<string, Subsystem> SubsystemOf =
        CodeOf.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => CodeOf.Values;

    public static string ToCode(this Subsystem subsystem) => CodeOf[subsystem];

    public static bool TryParse(string code, out Subsystem subsystem) => SubsystemOf.TryGetValue(code, out subsystem);

    /// <summary>The employment subsystems whose presence makes a city-year's employment data complete.</summary>
    public static bool IsEmployment(this Subsystem s) =>
        s is Subsystem.EmploymentTotal or Subsystem.Manufacturing or Subsystem.ProducerServices;

    public static bool IsInnovation(this Subsystem s) =>
        s is Subsystem.InnovationInput or Subsystem.InnovationOutput or Subsystem.InnovationBenefit;
}
