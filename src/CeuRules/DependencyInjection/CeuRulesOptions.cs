using System.Collections.Generic;
using CeuRules.Policies;
using NodaTime;

namespace CeuRules.DependencyInjection;

/// <summary>
/// What <see cref="CeuRulesServiceCollectionExtensions.AddCeuRules(Microsoft.Extensions.DependencyInjection.IServiceCollection, System.Action{CeuRulesOptions})"/>
/// registers: the policies beside (or instead of) the built-in ones, the clock, and the parallelism of
/// workforce evaluations. The options are read once, at registration, and validated then.
/// </summary>
/// <remarks>Options are mutable while they are being configured; they are not thread-safe.</remarks>
public sealed class CeuRulesOptions
{
    /// <summary>Whether the built-in policies are in the catalog. Defaults to true.</summary>
    public bool IncludeBuiltInPolicies { get; set; } = true;

    /// <summary>Further policies (an employer's own requirement, another profession's rules) for the catalog.</summary>
    public IList<CredentialPolicy> Policies { get; } = new List<CredentialPolicy>();

    /// <summary>
    /// A folder of policy files (<see cref="Policies.PolicyDirectory"/>) that replace the versions of the
    /// credentials they state or add credentials, after <see cref="Policies"/>; none when null. A folder with
    /// any error finding is refused at registration, with every finding.
    /// </summary>
    public string? PolicyDirectory { get; set; }

    /// <summary>The clock the application reads today's date from; <see cref="SystemClock.Instance"/> when null.</summary>
    public IClock? Clock { get; set; }

    /// <summary>How many people a workforce evaluation evaluates at once; the number of processors when null.</summary>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>A short description for logs and the debugger.</summary>
    public override string ToString() =>
        $"{(IncludeBuiltInPolicies ? "built-in policies" : "no built-in policies")} and {Policies.Count} more{(PolicyDirectory is null ? "" : " and the folder " + PolicyDirectory)}, parallelism {(MaxDegreeOfParallelism is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "per processor")}";
}
