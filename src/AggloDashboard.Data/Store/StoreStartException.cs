namespace AggloDashboard.Data.Store;

/// <summary>The store cannot serve the app at all; the message says why and what to do.</summary>
public sealed class StoreStartException(string message) : Exception(message);
