using System.Threading;
using System.Threading.Tasks;
using CeuRules.Policies;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CeuRules.Server;

/// <summary>Ready once the policy catalog (built-in policies and configured files) is loaded and names at least one credential.</summary>
internal sealed class PolicyHealthCheck(PolicyCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Credentials.IsEmpty
            ? HealthCheckResult.Unhealthy("No policy is loaded.")
            : HealthCheckResult.Healthy($"{catalog.Credentials.Length} credentials, {catalog.Policies.Length} policy versions."));
}
