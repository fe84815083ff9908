using CeuRules.Evaluation;

namespace CeuRules.Benchmarks.Baselines;

/// <summary>
/// What a baseline computes for a CMA (AAMA) certification: the status, and the shortfall of each
/// minimum in AAMA points (zero when met).
/// </summary>
/// <remarks>Equality is by value over every member; decimals compare by value, so 10.5 equals 10.50.</remarks>
/// <param name="Status">The status on the as-of date.</param>
/// <param name="Total">The shortfall of the 60-point total.</param>
/// <param name="Approved">The shortfall of the 30 AAMA-approved points.</param>
/// <param name="General">The shortfall of the 10 general points.</param>
/// <param name="Clinical">The shortfall of the 10 clinical points.</param>
/// <param name="Administrative">The shortfall of the 10 administrative points.</param>
public readonly record struct CmaBaselineResult(
    CertificationStatus Status,
    decimal Total,
    decimal Approved,
    decimal General,
    decimal Clinical,
    decimal Administrative);
