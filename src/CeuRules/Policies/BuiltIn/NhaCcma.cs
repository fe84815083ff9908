using System;
using System.Collections.Immutable;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// The CCMA (NHA) recertification rules: 10 NHA CE credits every 2 years, where 2 documented hours
/// make 1 credit, no carry-over and, by default, no CE time limit. Every value below is data;
/// docs/credentials/nha-ccma.md states each with its sources.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public static class NhaCcma
{
    private const string P = "nha-ccma/";

    private static readonly Uri ContinuingEducation = new("https://www.nhanow.com/certification/Before-After-Certification/continuing-education");

    private static readonly RuleSource Renewal = BuiltInSources.Page(
        "NHA, Continuing education: the CCMA renews every 2 years with 10 NHA continuing education credits; credits do not carry over to the next cycle",
        ContinuingEducation, BuiltInSources.Current);

    private static readonly RuleSource Hours = BuiltInSources.Page(
        "NHA, Continuing education: 2 documented hours of education make 1 CE credit",
        ContinuingEducation, BuiltInSources.Current);

    private static readonly RuleSource IacetSource = BuiltInSources.Page(
        "NHA, Continuing education: 2 documented hours of education make 1 CE credit; IACET: 1 CEU is 10 contact hours",
        ContinuingEducation, BuiltInSources.Current,
        further: [BuiltInSources.Iacet("1 CEU is 10 contact hours of accredited education")]);

    private static readonly RuleSource NoTimeLimit = BuiltInSources.Page(
        "NHA, Continuing education: no period after expiration in which the CCMA may still renew by CE is published",
        ContinuingEducation, BuiltInSources.Current,
        note: "The built-in policy allows none; a custom policy can set one (docs/decisions.md).");

    private static readonly RuleSource FeeSource = BuiltInSources.Overview(
        "a $179 renewal fee",
        note: "Not confirmed by NHA pages (docs/decisions.md).");

    /// <summary>The policy, in force for every cycle.</summary>
    public static CredentialPolicy Current { get; } =
        new(Credential.NhaCcma, "2-year", LocalDate.MinIsoValue,
            new ExpirationRule(P + "expiration", Renewal, Period.FromYears(2), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule(P + "window", Renewal),
            new UnitRule(P + "units", Hours, CreditUnit.NhaCredit, ImmutableArray.Create(
                new UnitConversion(P + "contact-hour", Hours, CreditUnit.ContactHour, 0.5m, countsAsNonApproved: false, impliedMinutesPerUnit: null),
                new UnitConversion(P + "clock-hour", Hours, CreditUnit.ClockHour, 0.5m, countsAsNonApproved: false, impliedMinutesPerUnit: null),
                new UnitConversion(P + "iacet-ceu", IacetSource, CreditUnit.IacetCeu, 5m, countsAsNonApproved: false, impliedMinutesPerUnit: null)))
            {
                PluralName = "NHA credits",
                SingularName = "NHA credit",
                FromDuration = new DurationConversion(P + "duration", Hours, minutesPerUnit: 120),
            },
            new CeTimeLimit(P + "ce-time-limit", NoTimeLimit, null))
        {
            Summary = "10 NHA credits every 2 years; 2 documented hours make 1 credit.",
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum(P + "total", Renewal, CreditAmount.FromUnits(10))),
            Fees = ImmutableArray.Create(
                new FeeRule(P + "fee-renewal", FeeSource, FeeKind.CeRecertification, Money.FromDollars(179), Money.FromDollars(179))),
        };

    /// <summary>Every version, by effective date.</summary>
    public static ImmutableArray<CredentialPolicy> Versions { get; } = ImmutableArray.Create(Current);
}
