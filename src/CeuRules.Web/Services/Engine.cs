using System;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Policies;
using NodaTime;
using NodaTime.TimeZones;

namespace CeuRules.Web.Services;

/// <summary>
/// The library as the pages use it, made once for the life of the page: the built-in policies, the
/// evaluator and the catalog validator. Everything runs in the browser; nothing here sends anything.
/// </summary>
internal sealed class Engine
{
    internal Engine(IClock clock)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Policies = PolicyCatalog.BuiltIn;
        Evaluator = new CertificationEvaluator(Policies);
        Validator = new CatalogValidator(Policies);
    }

    internal Engine()
        : this(SystemClock.Instance)
    {
    }

    internal IClock Clock { get; }

    internal PolicyCatalog Policies { get; }

    internal CertificationEvaluator Evaluator { get; }

    internal CatalogValidator Validator { get; }

    /// <summary>Today in the browser's time zone (UTC when the browser's zone is not in the time-zone database).</summary>
    internal LocalDate Today()
    {
        DateTimeZone zone;
        try
        {
            zone = DateTimeZoneProviders.Tzdb.GetSystemDefault();
        }
        catch (DateTimeZoneNotFoundException)
        {
            zone = DateTimeZone.Utc;
        }
        return Clock.GetCurrentInstant().InZone(zone).Date;
    }
}
