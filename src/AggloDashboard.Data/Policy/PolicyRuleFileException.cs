namespace AggloDashboard.Data.Policy;

/// <summary>A policy rule file that cannot be used; the message names the file and, where it applies, the rule.</summary>
public sealed class PolicyRuleFileException(string message, Exception? inner = null) : Exception(message, inner);
