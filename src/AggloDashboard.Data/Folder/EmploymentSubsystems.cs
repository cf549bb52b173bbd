using AggloDashboard.Core.Domain;

namespace AggloDashboard.Data.Folder;

/// <summary>The subsystems whose indicators count people employed, and so cannot be negative.</summary>
internal static class EmploymentSubsystems
{
    public static bool CountsPeople(Subsystem subsystem) =>
        subsystem is Subsystem.EmploymentTotal or Subsystem.Manufacturing
            or Subsystem.ProducerServices or Subsystem.EmploymentOther;

    /// <summary>The sectors that together cannot employ more people than the total.</summary>
    public static bool IsSector(Subsystem subsystem) =>
        subsystem is Subsystem.Manufacturing or Subsystem.ProducerServices or Subsystem.EmploymentOther;
}
