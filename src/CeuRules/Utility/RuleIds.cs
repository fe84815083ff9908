using System;

namespace CeuRules.Utility;

/// <summary>Checks for rule identifiers: "policy-id/rule-name", each part a well-formed identifier.</summary>
internal static class RuleIds
{
    internal static string Check(string? ruleId)
    {
        Preconditions.CheckNotNull(ruleId, nameof(ruleId));
        int slash = ruleId.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || !Identifiers.IsWellFormed(ruleId[..slash]) || !Identifiers.IsWellFormed(ruleId[(slash + 1)..]))
        {
            Preconditions.ThrowArgument(nameof(ruleId),
                $"A rule id must be two identifiers joined by '/', for example 'aama-cma/total'; was '{ruleId}'.");
        }
        return ruleId;
    }
}
