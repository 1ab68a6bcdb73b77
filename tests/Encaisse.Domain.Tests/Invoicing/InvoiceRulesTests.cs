using Encaisse.Domain.Common;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Tax;

namespace Encaisse.Domain.Tests.Invoicing;

public class InvoiceRulesTests
{
    private static string[] Fired(InvoiceDraft draft, IEnumerable<InvoiceRule>? rules = null) =>
        InvoiceRules.CheckForIssue(draft, rules).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_complete_draft_has_no_finding_and_issues()
    {
        Assert.Empty(InvoiceRules.CheckForIssue(Samples.ValidDraft()));
        var result = Samples.ValidDraft().Issue(InvoiceNumber.Of("F2026-0001"), Samples.IssueDate);
        Assert.True(result.IsIssued);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_fatal_finding_refuses_the_issue_with_a_message_in_both_languages()
    {
        var draft = Samples.ValidDraft() with { Seller = Samples.Seller() with { Name = " " } };

        var result = draft.Issue(InvoiceNumber.Of("F2026-0001"), Samples.IssueDate);

        Assert.False(result.IsIssued);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(new InvoiceFinding("BR-06", FindingSeverity.Fatal, "BG-4/BT-27", "The seller's name (BT-27) is missing.", "Le nom du vendeur (BT-27) est absent."), finding);
        Assert.Contains("BR-06", Assert.Throws<InvalidOperationException>(() => result.Value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_without_lines_is_refused() =>
        Assert.Equal(["BR-16", "BR-CO-18"], Fired(Samples.ValidDraft() with { Lines = [] }));

    [Fact]
    public void The_number_and_date_rules_run_at_issue_only()
    {
        Assert.Empty(InvoiceRules.CheckForIssue(Samples.ValidDraft()));
        var result = Samples.ValidDraft().Issue(default, default);
        Assert.Equal(["BR-02", "BR-03"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Reverse_charge_needs_both_parties_identified_for_vat()
    {
        var draft = Samples.Builder().AddLine("Pose", 1m, 500m, VatTreatment.ReverseCharge).Build();
        Assert.Empty(Fired(draft));

        var anonymousBuyer = draft with { Buyer = draft.Buyer with { VatId = null, LegalRegistrationId = null } };
        Assert.Equal(["BR-AE-02"], Fired(anonymousBuyer));
        Assert.Equal("BG-4/BT-31", InvoiceRules.CheckForIssue(anonymousBuyer).Single().Path);
    }

    [Fact]
    public void Exempt_lines_need_an_exemption_reason()
    {
        var draft = Samples.Builder().AddLine("Formation", 1m, 900m, VatTreatment.Exempt).Build();
        Assert.Equal(["BR-E-10"], Fired(draft));
        Assert.Empty(Fired(draft with { VatExemptions = [VatExemption.FrenchFranchise] }));
    }

    [Fact]
    public void Categories_allow_only_their_rates()
    {
        var draft = Samples.Builder()
            .AddLine("A", 1m, 10m, new VatTreatment(VatCategory.StandardRate, 0m))
            .AddLine("B", 1m, 10m, new VatTreatment(VatCategory.ZeroRated, 5m))
            .AddLine("C", 1m, 10m, new VatTreatment(VatCategory.OutsideScope, 0m))
            .Build();

        var fired = Fired(draft);

        Assert.Contains("BR-S-05", fired);
        Assert.Contains("BR-Z-05", fired);
        Assert.Contains("BR-O-05", fired);
        Assert.Contains("BR-O-12", fired); // and O does not mix with other categories
    }

    [Fact]
    public void Not_subject_to_vat_forbids_vat_identifiers()
    {
        var draft = Samples.Builder().AddLine("Cotisation", 1m, 120m, VatTreatment.OutsideScope).Build();
        Assert.Equal(["BR-O-02"], Fired(draft));
        Assert.Empty(Fired(draft with { Seller = Samples.Seller(withVatId: false), Buyer = Samples.Buyer(withVatId: false) }));
    }

    [Fact]
    public void Intra_community_supply_needs_delivery_date_and_country()
    {
        var draft = Samples.Builder().AddLine("Machine", 1m, 12000m, VatTreatment.IntraCommunitySupply).Build();
        Assert.Equal(["BR-IC-11", "BR-IC-12"], Fired(draft));

        var delivered = draft with
        {
            Delivery = new Delivery { ActualDeliveryDate = Samples.IssueDate, Address = new PostalAddress { City = "Köln", CountryCode = "DE" } },
        };
        Assert.Empty(Fired(delivered));
    }

    [Fact]
    public void An_amount_due_needs_a_due_date_or_payment_terms()
    {
        var draft = Samples.ValidDraft() with { DueDate = null };
        Assert.Equal(["BR-CO-25"], Fired(draft));
        Assert.Empty(Fired(draft with { PaymentTerms = "À réception" }));
    }

    [Fact]
    public void The_seller_must_be_identifiable()
    {
        var draft = Samples.Builder().AddLine("A", 1m, 10m, VatTreatment.ZeroRated).Build();
        var anonymous = draft with { Seller = draft.Seller with { VatId = null, LegalRegistrationId = null, TaxRegistrationId = "12345" } };
        Assert.Equal(["BR-CO-26"], Fired(anonymous));
    }

    [Theory]
    [InlineData("XX123456789", true)]
    [InlineData("F", true)]
    [InlineData("EL123456789", false)]
    [InlineData("DE123456789", false)]
    public void Vat_identifiers_start_with_a_country_prefix(string vatId, bool fires) =>
        Assert.Equal(fires, Fired(Samples.ValidDraft() with { Buyer = Samples.Buyer() with { VatId = vatId } }).Contains("BR-CO-09"));

    [Fact]
    public void Amounts_given_with_more_than_two_decimals_are_refused()
    {
        var draft = Samples.Builder().AddLine(InvoiceLineDraft.Create("A", 1m, 10m, VatTreatment.Standard(20m)) with
        {
            Allowances = [AllowanceChargeDraft.OfAmount(1.234m, "Remise")],
        }).Build();

        // The line amount inherits the third decimal, and so does every sum built on it; VAT amounts are rounded.
        Assert.Equal(["BR-DEC-09", "BR-DEC-12", "BR-DEC-14", "BR-DEC-18", "BR-DEC-19", "BR-DEC-23", "BR-DEC-24"], Fired(draft));
    }

    [Fact]
    public void Vat_point_date_and_code_exclude_each_other()
    {
        var draft = new InvoiceDraftBuilder(Samples.ValidDraft()).WithVatOnDebits().Build() with { TaxPointDate = Samples.IssueDate };
        Assert.Equal(["BR-CO-03"], Fired(draft));
    }

    [Fact]
    public void A_full_card_number_is_only_a_warning()
    {
        var draft = Samples.ValidDraft() with
        {
            PaymentInstructions = new PaymentInstructions { MeansCode = PaymentMeansCodes.BankCard, Card = new PaymentCard("4970101234567890") },
        };

        var result = draft.Issue(InvoiceNumber.Of("F2026-0001"), Samples.IssueDate);

        Assert.True(result.IsIssued);
        Assert.Equal(("BR-51", FindingSeverity.Warning), (result.Findings.Single().RuleId, result.Findings.Single().Severity));
    }

    [Fact]
    public void Credit_transfer_needs_an_account()
    {
        var draft = Samples.ValidDraft() with { PaymentInstructions = new PaymentInstructions { MeansCode = PaymentMeansCodes.SepaCreditTransfer } };
        Assert.Equal(["BR-61"], Fired(draft));
    }

    [Fact]
    public void Reasons_and_paths_point_at_the_offending_line()
    {
        var draft = Samples.Builder()
            .AddLine("A", 1m, 10m, VatTreatment.Standard(20m))
            .AddLine(InvoiceLineDraft.Create(" ", 1m, -10m, VatTreatment.Standard(20m)) with { Charges = [AllowanceChargeDraft.OfAmount(1m, null)] })
            .Build();

        var findings = InvoiceRules.CheckForIssue(draft).Select(f => (f.RuleId, f.Path)).ToArray();

        Assert.Equal([("BR-25", "BG-25[2]/BG-31/BT-153"), ("BR-27", "BG-25[2]/BG-29/BT-146"), ("BR-44", "BG-25[2]/BG-28[1]/BT-144")], findings);
    }

    [Fact]
    public void French_rules_ask_for_the_french_mentions()
    {
        var plain = Samples.ValidDraft();
        Assert.Equal(["BR-FR-05", "BR-FR-08"], Fired(plain, InvoiceRules.French));

        var french = new InvoiceDraftBuilder(plain)
            .WithFrenchPaymentNotes("Pénalités de retard : 3 fois le taux d'intérêt légal.")
            .WithBillingFramework(BillingFramework.Services)
            .WithTreatment(InvoiceTreatment.B2B)
            .Build();
        Assert.Empty(Fired(french, InvoiceRules.CoreAndFrench));

        var noSiren = french with { Buyer = french.Buyer with { LegalRegistrationId = null } };
        Assert.Equal(["BR-FR-11"], Fired(noSiren, InvoiceRules.French));
    }

    [Fact]
    public void French_rules_refuse_a_due_date_before_the_issue_date_at_issue()
    {
        var draft = Samples.ValidDraft() with { DueDate = Samples.IssueDate.AddDays(-1) };
        Assert.Empty(Fired(draft, InvoiceRules.French.Where(r => r.Id == "BR-FR-CO-07")));

        var result = draft.Issue(InvoiceNumber.Of("F2026-0001"), Samples.IssueDate, InvoiceRules.French.Where(r => r.Id == "BR-FR-CO-07"));
        Assert.Equal("BR-FR-CO-07", result.Findings.Single().RuleId);
        Assert.False(result.IsIssued);
    }

    [Fact]
    public void French_rules_require_a_reference_on_credit_notes_and_euros_for_vat()
    {
        var creditNote = Samples.ValidDraft() with { TypeCode = InvoiceTypeCode.CreditNote, Currency = Money.CurrencyCode.Of("CHF") };
        Assert.Contains("BR-FR-CO-05", Fired(creditNote, InvoiceRules.French));
        Assert.Contains("BR-FR-CO-12", Fired(creditNote, InvoiceRules.French));
    }

    [Fact]
    public void Every_rule_speaks_english_and_french()
    {
        Assert.All(InvoiceRules.CoreAndFrench, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Message));
            Assert.False(string.IsNullOrWhiteSpace(r.MessageFr));
        });
        Assert.Equal(InvoiceRules.Core.Count, InvoiceRules.Core.Select(r => r.Id).Distinct().Count());
    }
}
