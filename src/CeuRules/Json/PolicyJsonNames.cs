using System;
using CeuRules.Policies;

namespace CeuRules.Json;

/// <summary>The names of the policy file format shared by its reader and writer: enum ids and default rule-id parts.</summary>
internal static class PolicyJsonNames
{
    internal static readonly string[] Conventions = ["end-of-month", "day-before-anniversary"];
    internal static readonly string[] WindowStarts = ["certification-date", "calendar-year-before-end", "lookback-from-end"];
    internal static readonly string[] FeeKinds = ["ce-recertification", "exam", "reactivation", "annual"];
    internal static readonly string[] RequirementTypes = ["total", "category", "approved"];
    internal static readonly string[] AfterExpirationRoutes = ["ce", "reactivation"];
    internal static readonly string[] Genders = ["masculine", "feminine"];
    internal static readonly string[] Authorities = Array.ConvertAll(Enum.GetValues<SourceAuthority>(), a => a.ToId());

    internal static string ToId(ExpirationConvention convention) => Conventions[(int)convention];

    internal static ExpirationConvention Convention(int index) => (ExpirationConvention)index;

    internal static string ToId(WindowStart start) => WindowStarts[(int)start];

    internal static WindowStart Start(int index) => (WindowStart)index;

    internal static string ToId(FeeKind kind) => FeeKinds[(int)kind];

    internal static string AfterExpirationId(RecertificationRoute route) => route == RecertificationRoute.Reactivation ? AfterExpirationRoutes[1] : AfterExpirationRoutes[0];

    internal static RecertificationRoute AfterExpiration(int index) => index == 1 ? RecertificationRoute.Reactivation : RecertificationRoute.ContinuingEducation;

    internal static string ToId(GrammaticalGender gender) => Genders[(int)gender];

    internal static GrammaticalGender Gender(int index) => (GrammaticalGender)index;

    internal static FeeKind Fee(int index) => (FeeKind)index;

    internal static SourceAuthority Authority(int index) => Enum.GetValues<SourceAuthority>()[index];

    /// <summary>The default rule-id part of a fee, for example "fee-annual".</summary>
    internal static string FeePart(string kindId) => "fee-" + kindId;

    /// <summary>The default rule-id part of a cut-off, for example "employment-cutoff".</summary>
    internal static string CutoffPart(string kindId) => kindId + "-cutoff";
}
