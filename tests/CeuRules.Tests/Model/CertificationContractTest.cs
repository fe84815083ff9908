using System;
using System.Collections.Immutable;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Model;

/// <summary>
/// The documented contract of <see cref="Certification"/>, <see cref="Credential"/>, <see cref="CertifyingBody"/>
/// and <see cref="ExamAttempt"/>: value equality over every property, ordering of attempts (date, then failed
/// before passed) and the display forms.
/// </summary>
public sealed class CertificationContractTest
{
    [Fact]
    public void Certifications_differing_only_in_the_date_are_not_equal()
    {
        Assert.NotEqual(Cma(D(2020, 1, 1)), Cma(D(2020, 1, 2)));
        Assert.False(Cma(D(2020, 1, 1)).Equals(Cma(D(2020, 1, 2))));
    }

    [Fact]
    public void Certifications_differing_only_in_the_credential_are_not_equal()
    {
        var cma = new Certification(Credential.AamaCma, D(2020, 1, 1));
        var rma = new Certification(Credential.AmtRma, D(2020, 1, 1));
        Assert.False(cma.Equals(rma));
        Assert.False(rma.Equals(cma));
    }

    [Fact]
    public void Certifications_differing_only_in_the_exam_attempts_are_not_equal()
    {
        Assert.NotEqual(Cma(D(2020, 1, 1), true, new ExamAttempt(D(2020, 5, 5), false)), Cma(D(2020, 1, 1), true, new ExamAttempt(D(2020, 5, 5), true)));
        Assert.NotEqual(Cma(D(2020, 1, 1), true, new ExamAttempt(D(2020, 5, 5), false)), Cma(D(2020, 1, 1), true));
    }

    [Fact]
    public void A_certification_equals_itself_and_an_identical_copy_but_not_null()
    {
        var a = Cma(D(2020, 1, 1), false, new ExamAttempt(D(2020, 5, 5), true));
        var b = Cma(D(2020, 1, 1), false, new ExamAttempt(D(2020, 5, 5), true));
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"CMA"));
    }

    [Fact]
    public void Default_exam_attempts_read_as_empty()
    {
        var certification = new Certification(Credential.AamaCma, D(2020, 1, 1)) { ExamAttempts = default };
        Assert.False(certification.ExamAttempts.IsDefault);
        Assert.Empty(certification.ExamAttempts);
        Assert.Equal(new Certification(Credential.AamaCma, D(2020, 1, 1)), certification);
    }

    [Fact]
    public void A_certification_formats_as_credential_and_date()
    {
        Assert.Equal("CMA (AAMA) certified 2021-02-10", Cma(D(2021, 2, 10)).ToString());
        Assert.Equal("NCMA (NCCT) certified 0001-01-01", new Certification(Credential.NcctNcma, D(1, 1, 1)).ToString());
    }

    [Fact]
    public void A_credential_formats_as_its_acronym_and_its_body()
    {
        Assert.Equal("CMA (AAMA)", Credential.AamaCma.ToString());
        Assert.Equal("RMA (AMT)", Credential.AmtRma.ToString());
        Assert.Equal("MA (ACME)", new Credential("acme-ma", new CertifyingBody("acme", "ACME", "Acme Clinics"), "MA", "Acme Medical Assistant").ToString());
    }

    [Fact]
    public void Bodies_are_equal_by_id_only()
    {
        var other = new CertifyingBody("aama", "A.A.M.A.", "Another name");
        Assert.True(CertifyingBody.Aama.Equals(other));
        Assert.True(CertifyingBody.Aama.Equals((object)other));
        Assert.Equal(CertifyingBody.Aama.GetHashCode(), other.GetHashCode());
        Assert.False(CertifyingBody.Aama.Equals(CertifyingBody.Amt));
        Assert.False(CertifyingBody.Aama.Equals(null));
        Assert.False(CertifyingBody.Aama.Equals((object?)null));
        Assert.Equal("NHA", CertifyingBody.Nha.ToString());
    }

    [Fact]
    public void Credentials_are_equal_by_id_only()
    {
        var other = new Credential("aama-cma", CertifyingBody.Amt, "X", "Another name");
        Assert.True(Credential.AamaCma.Equals(other));
        Assert.Equal(Credential.AamaCma.GetHashCode(), other.GetHashCode());
        Assert.False(Credential.AamaCma.Equals(Credential.NhaCcma));
        Assert.False(Credential.AamaCma.Equals(null));
    }

    [Fact]
    public void Exam_attempts_are_equal_only_with_the_same_date_and_outcome()
    {
        var failed = new ExamAttempt(D(2020, 6, 1), false);
        Assert.True(failed == new ExamAttempt(D(2020, 6, 1), false));
        Assert.False(failed != new ExamAttempt(D(2020, 6, 1), false));
        Assert.True(failed.Equals((object)new ExamAttempt(D(2020, 6, 1), false)));
        Assert.Equal(failed.GetHashCode(), new ExamAttempt(D(2020, 6, 1), false).GetHashCode());
        Assert.False(failed == new ExamAttempt(D(2020, 6, 1), true));
        Assert.True(failed != new ExamAttempt(D(2020, 6, 1), true));
        Assert.False(failed.Equals(new ExamAttempt(D(2020, 6, 2), false)));
        Assert.True(failed != new ExamAttempt(D(2020, 6, 2), false));
    }

    [Fact]
    public void On_the_same_date_a_failed_attempt_orders_before_a_passed_one()
    {
        var failed = new ExamAttempt(D(2020, 6, 1), false);
        var passed = new ExamAttempt(D(2020, 6, 1), true);
        Assert.True(failed.CompareTo(passed) < 0);
        Assert.True(passed.CompareTo(failed) > 0);
        Assert.Equal(0, failed.CompareTo(new ExamAttempt(D(2020, 6, 1), false)));
    }

    [Fact]
    public void The_date_orders_attempts_before_the_outcome_does()
    {
        var passedEarlier = new ExamAttempt(D(2020, 6, 1), true);
        var failedLater = new ExamAttempt(D(2020, 6, 2), false);
        Assert.True(passedEarlier.CompareTo(failedLater) < 0);
        Assert.True(failedLater.CompareTo(passedEarlier) > 0);
        var failedEarlier = new ExamAttempt(D(2019, 12, 31), false);
        Assert.True(failedEarlier.CompareTo(failedLater) < 0);
    }

    [Fact]
    public void Exam_attempt_operators_follow_CompareTo_strictly_or_inclusively()
    {
        var a = new ExamAttempt(D(2020, 6, 1), false);
        var same = new ExamAttempt(D(2020, 6, 1), false);
        var b = new ExamAttempt(D(2020, 6, 1), true);
        Assert.True(a < b);
        Assert.False(a < same);
        Assert.False(b < a);
        Assert.True(a <= b);
        Assert.True(a <= same);
        Assert.False(b <= a);
        Assert.True(b > a);
        Assert.False(a > same);
        Assert.False(a > b);
        Assert.True(b >= a);
        Assert.True(a >= same);
        Assert.False(a >= b);
    }

    [Fact]
    public void Sorting_exam_attempts_puts_them_in_date_order_failures_first()
    {
        var attempts = ImmutableArray.Create(
            new ExamAttempt(D(2021, 1, 1), true), new ExamAttempt(D(2020, 6, 1), true), new ExamAttempt(D(2020, 6, 1), false));
        var expected = ImmutableArray.Create(
            new ExamAttempt(D(2020, 6, 1), false), new ExamAttempt(D(2020, 6, 1), true), new ExamAttempt(D(2021, 1, 1), true));
        Assert.Equal<ExamAttempt>(expected, attempts.Sort());
    }

    [Fact]
    public void An_exam_attempt_formats_as_date_and_outcome()
    {
        Assert.Equal("2020-06-01 failed", new ExamAttempt(D(2020, 6, 1), false).ToString());
        Assert.Equal("2024-12-31 passed", new ExamAttempt(D(2024, 12, 31), true).ToString());
    }

    [Fact]
    public void Blank_acronyms_and_names_are_refused_naming_the_argument()
    {
        var acronym = Assert.Throws<ArgumentNullException>(() => new CertifyingBody("acme", null!, "Acme"));
        Assert.Equal("acronym", acronym.ParamName);
        var name = Assert.Throws<ArgumentException>(() => new Credential("acme-ma", CertifyingBody.Aama, "MA", "  "));
        Assert.Equal("name", name.ParamName);
        Assert.StartsWith("Value must not be empty or white space; was '  '.", name.Message, StringComparison.Ordinal);
    }
}
