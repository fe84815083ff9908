using System;
using CeuRules.Evaluation;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>The JSON ids of the evaluation enums are a contract: each value has the id its documentation lists.</summary>
public sealed class CertificationStatusIdsTest
{
    [Theory]
    [InlineData(CertificationStatus.RequirementsMet, "met")]
    [InlineData(CertificationStatus.InProgress, "in-progress")]
    [InlineData(CertificationStatus.WithinCeTimeLimit, "within-ce-time-limit")]
    [InlineData(CertificationStatus.LapsedExamRequired, "lapsed-exam-required")]
    [InlineData(CertificationStatus.Ineligible, "ineligible")]
    public void Each_status_has_its_documented_id(CertificationStatus status, string id) =>
        Assert.Equal(id, status.ToId());

    [Theory]
    [InlineData(NotCountedReason.OutsideWindow, "outside-window")]
    [InlineData(NotCountedReason.AfterAsOf, "after-as-of")]
    [InlineData(NotCountedReason.Duplicate, "duplicate")]
    [InlineData(NotCountedReason.OverCap, "over-cap")]
    [InlineData(NotCountedReason.TooShort, "too-short")]
    [InlineData(NotCountedReason.NotAccepted, "not-accepted")]
    [InlineData(NotCountedReason.NeedsReview, "needs-review")]
    [InlineData(NotCountedReason.UnknownUnit, "unknown-unit")]
    [InlineData(NotCountedReason.UnknownCategory, "unknown-category")]
    public void Each_reason_has_its_documented_id(NotCountedReason reason, string id) =>
        Assert.Equal(id, reason.ToId());

    [Theory]
    [InlineData(DeadlineKind.Expiration, "expiration")]
    [InlineData(DeadlineKind.LastCeDay, "last-ce-day")]
    [InlineData(DeadlineKind.ExamApplication, "exam-application")]
    [InlineData(DeadlineKind.ExamPass, "exam-pass")]
    [InlineData(DeadlineKind.AnnualFee, "annual-fee")]
    public void Each_deadline_kind_has_its_documented_id(DeadlineKind kind, string id) =>
        Assert.Equal(id, kind.ToId());

    [Theory]
    [InlineData(FeeKind.CeRecertification, "ce-recertification")]
    [InlineData(FeeKind.Exam, "exam")]
    [InlineData(FeeKind.Reactivation, "reactivation")]
    [InlineData(FeeKind.Annual, "annual")]
    public void Each_fee_kind_has_its_documented_id(FeeKind kind, string id) =>
        Assert.Equal(id, kind.ToId());

    [Fact]
    public void The_ids_of_each_enum_are_distinct()
    {
        Assert.Distinct(Array.ConvertAll(Enum.GetValues<CertificationStatus>(), s => s.ToId()));
        Assert.Distinct(Array.ConvertAll(Enum.GetValues<NotCountedReason>(), r => r.ToId()));
        Assert.Distinct(Array.ConvertAll(Enum.GetValues<DeadlineKind>(), k => k.ToId()));
        Assert.Distinct(Array.ConvertAll(Enum.GetValues<FeeKind>(), k => k.ToId()));
    }

    [Fact]
    public void An_undefined_status_has_no_id()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((CertificationStatus)99).ToId());
        Assert.Equal("status", e.ParamName);
        Assert.Equal((CertificationStatus)99, e.ActualValue);
        Assert.StartsWith("Unknown status.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_reason_has_no_id()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((NotCountedReason)99).ToId());
        Assert.Equal("reason", e.ParamName);
        Assert.Equal((NotCountedReason)99, e.ActualValue);
        Assert.StartsWith("Unknown reason.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_deadline_kind_has_no_id()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((DeadlineKind)99).ToId());
        Assert.Equal("kind", e.ParamName);
        Assert.Equal((DeadlineKind)99, e.ActualValue);
        Assert.StartsWith("Unknown deadline kind.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_fee_kind_has_no_id()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((FeeKind)99).ToId());
        Assert.Equal("kind", e.ParamName);
        Assert.Equal((FeeKind)99, e.ActualValue);
        Assert.StartsWith("Unknown fee kind.", e.Message, StringComparison.Ordinal);
    }
}
