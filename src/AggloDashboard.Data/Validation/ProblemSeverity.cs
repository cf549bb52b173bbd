namespace AggloDashboard.Data.Validation;

public enum ProblemSeverity
{
    /// <summary>The dataset cannot be used until it is fixed.</summary>
    Error,

    /// <summary>The dataset can be used, but something looks wrong or is unavailable.</summary>
    Warning,
}
