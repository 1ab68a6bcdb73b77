using System.Globalization;
using Encaisse.Domain.Catalogue;
using Encaisse.Domain.Common;
using Encaisse.Domain.Composition;
using Encaisse.Domain.Contracts;
using Encaisse.Domain.Identifiers;
using Encaisse.Domain.Invoicing;
using Encaisse.Domain.Money;
using Encaisse.Domain.Parties;
using Encaisse.Domain.Tax;
using Encaisse.Domain.Terms;

namespace Encaisse.Billing.Demo;

/// <summary>
/// Builds the demo tenant in memory. Every choice comes from one seeded sequence, in a fixed order, so the same
/// seed and day give the same data; every party, item and contract goes through the domain's validating
/// constructors, so the demo can only contain what a clerk could have typed in.
/// </summary>
internal sealed class DemoGenerator
{
    /// <summary>The invoice series of the demo company; its prefix carries no year because a prefix is frozen once used.</summary>
    public const string InvoicePrefix = "F-";

    public const string CreditNotePrefix = "AV-";

    private const int HistoryMonths = 12;

    private static readonly Town[] BelgianTowns =
        [new("Bruxelles", "1000"), new("Liège", "4000"), new("Namur", "5000"), new("Charleroi", "6000"), new("Mons", "7000")];

    private static readonly Town[] GermanTowns =
        [new("Berlin", "10115"), new("München", "80331"), new("Köln", "50667"), new("Frankfurt am Main", "60311"), new("Stuttgart", "70173"), new("Freiburg im Breisgau", "79098")];

    private static readonly Town[] SpanishTowns =
        [new("Madrid", "28001"), new("Barcelona", "08001"), new("Valencia", "46001"), new("Sevilla", "41001"), new("Bilbao", "48001"), new("Zaragoza", "50001")];

    private readonly DemoRandom random;
    private readonly DateOnly today;
    private readonly DateOnly historyStart;
    private readonly HashSet<string> usedNames = new(StringComparer.Ordinal);
    private readonly HashSet<int> usedSirens = [];
    private readonly Dictionary<string, CatalogueItem> catalogue = new(StringComparer.Ordinal);

    private DemoGenerator(DemoOptions options, DateOnly today)
    {
        this.today = today;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        historyStart = thisMonth.AddMonths(-(HistoryMonths - 1));
        // Identifiers count up from midnight before the history: they sort in creation order, the same every run.
        var clockStart = new DateTimeOffset(historyStart.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        random = new DemoRandom(options.Seed, clockStart);
    }

    private enum CustomerKind
    {
        FrenchCompany,
        Individual,
        European,
    }

    private enum ContractKind
    {
        Subscription,
        Hosting,
        Maintenance,
        DomainNames,
    }

    public static DemoData Generate(DemoOptions options, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Customers, 1, nameof(options.Customers));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Customers, DemoOptions.MaxCustomers, nameof(options.Customers));
        return new DemoGenerator(options, today).Build(options.Customers);
    }

    private DemoData Build(int customerCount)
    {
        var policy = new BillingPolicy
        {
            Language = "fr",
            OperationCategory = OperationCategory.Mixed, // services (subscriptions, consulting) and goods (hardware, books)
            DefaultPaymentTerms = new PaymentTerms.NetDays(30),
        };
        var company = Company();
        BuildCatalogue();

        var customers = new List<(Party Party, CustomerKind Kind)>(customerCount);
        for (var i = 0; i < customerCount; i++)
        {
            // Fixed positions rather than chance, so that even a small demo has individuals and EU customers.
            var kind = (i % 20) switch
            {
                7 => CustomerKind.Individual,
                13 => CustomerKind.European,
                _ => CustomerKind.FrenchCompany,
            };
            customers.Add((Customer(kind, i / 20), kind));
        }

        var contracts = Contracts(company, policy, customers);
        var billRuns = Enumerable.Range(0, HistoryMonths).Select(historyStart.AddMonths).ToArray();
        var sales = Sales(customers, billRuns);
        var credits = CreditNotes(sales);
        return new DemoData(
            today, policy, company, customers.Select(c => c.Party).ToArray(), catalogue.Values.ToArray(),
            contracts, billRuns, sales, credits);
    }

    // ---- The company -------------------------------------------------------------------------------------------

    /// <summary>The tenant's own company. Its identity does not depend on the seed: the demo recognises itself by its SIREN.</summary>
    public static LegalEntity Company()
    {
        var siren = CompanySiren;
        var draft = new LegalEntityDraft
        {
            LegalName = "Atelier Numérique Lyonnais",
            TradingName = "ANL",
            LegalForm = "SAS",
            ShareCapital = 50_000m,
            RcsCity = "Lyon",
            Siren = siren,
            Siret = Siret.Create(siren, 1),
            VatNumber = VatNumber.ForFrenchSiren(siren),
            ElectronicAddress = PeppolParticipantId.ForFrenchCompany(siren),
            Address = new PostalAddress { Line1 = "27 rue de la Charité", PostCode = "69002", City = "Lyon", CountryCode = "FR" },
            Email = "facturation@atelier-numerique-lyonnais.example",
            Telephone = "04 78 42 17 30",
            // Crédit Agricole Centre-Est, Lyon: bank 17806, branch 00500.
            BankAccount = new BankAccount(DemoIdentifiers.FrenchIban("17806", "00500", "41926370015"), Bic.Of("AGRIFRPP878"), "Atelier Numérique Lyonnais"),
        };
        return LegalEntity.Create(LegalEntityId.New(new Guid("0195f3a1-2c00-7000-8000-00000000a41e")), draft).Value;
    }

    /// <summary>The demo company's SIREN.</summary>
    public static Siren CompanySiren { get; } = Siren.FromFirstEightDigits(84_213_057);

    // ---- Catalogue ---------------------------------------------------------------------------------------------

    private void BuildCatalogue()
    {
        void Add(string sku, string name, string unit, decimal price, decimal rate, string? description = null)
        {
            var draft = new CatalogueItemDraft
            {
                Sku = sku,
                Name = name,
                Description = description,
                Unit = UnitCode.Of(unit),
                UnitPrice = price,
                VatCategory = VatCategory.StandardRate,
                VatRate = rate,
            };
            catalogue.Add(sku, CatalogueItem.Create(ItemId.New(random.NextId()), draft).Value);
        }

        Add("SAAS-ESS", "Suite Atelier Essentiel, par utilisateur", "C62", 19m, FrenchVatRates.Standard, "Facturation, devis et relances; prix mensuel par utilisateur");
        Add("SAAS-PRO", "Suite Atelier Pro, par utilisateur", "C62", 35m, FrenchVatRates.Standard, "Essentiel, plus comptabilité et rapprochement bancaire; prix mensuel par utilisateur");
        Add("SAAS-ENT", "Suite Atelier Entreprise, par utilisateur", "C62", 59m, FrenchVatRates.Standard, "Pro, plus multi-sociétés et API; prix mensuel par utilisateur");
        Add("HEB-MUT", "Hébergement mutualisé", "MON", 29m, FrenchVatRates.Standard);
        Add("HEB-VPS", "Serveur privé virtuel 4 vCPU", "MON", 89m, FrenchVatRates.Standard);
        Add("SAUV-100", "Sauvegarde externalisée 100 Go", "MON", 15m, FrenchVatRates.Standard);
        Add("DOM-FR", "Nom de domaine .fr", "ANN", 12m, FrenchVatRates.Standard, "Renouvellement annuel");
        Add("MAINT-WEB", "Maintenance de site web", "MON", 150m, FrenchVatRates.Standard, "Mises à jour de sécurité et sauvegardes");
        Add("ASSIST-H", "Assistance technique", "HUR", 75m, FrenchVatRates.Standard);
        Add("CONSEIL-J", "Conseil et accompagnement", "DAY", 780m, FrenchVatRates.Standard);
        Add("FORM-J", "Formation sur site", "DAY", 950m, FrenchVatRates.Standard, "Groupe de 12 personnes au plus");
        Add("REPAS", "Déjeuner de formation", "C62", 18.50m, FrenchVatRates.Intermediate, "Par participant");
        Add("PC-14", "Ordinateur portable 14 pouces", "C62", 1_149m, FrenchVatRates.Standard);
        Add("ECRAN-27", "Écran 27 pouces", "C62", 289m, FrenchVatRates.Standard);
        Add("TPE", "Terminal de paiement", "C62", 349m, FrenchVatRates.Standard);
        Add("LIVRE-FE", "Guide pratique de la facture électronique", "C62", 29.90m, FrenchVatRates.Reduced, "Livre, 240 pages");
    }

    // ---- Customers ---------------------------------------------------------------------------------------------

    private Party Customer(CustomerKind kind, int round) => kind switch
    {
        CustomerKind.Individual => Individual(),
        CustomerKind.European => (round % 3) switch
        {
            0 => Belgian(),
            1 => German(),
            _ => Spanish(),
        },
        _ => FrenchCompany(),
    };

    private Party FrenchCompany()
    {
        var name = UniqueName(() => random.Percent(55)
            ? $"{random.Pick(DemoVocabulary.Trades)} {random.Pick(DemoVocabulary.Surnames)}"
            : $"{random.Pick(DemoVocabulary.Regions)} {random.Pick(DemoVocabulary.Activities)}");
        var form = random.Weighted(DemoVocabulary.LegalForms);
        var siren = NewSiren();
        var domain = DemoVocabulary.Ascii(name) + ".example";
        var town = WeightedTown();
        var address = new PostalAddress
        {
            Line1 = $"{random.Next(1, 180)} {random.Pick(DemoVocabulary.Streets)}",
            Line2 = random.Percent(15) ? random.Pick(["Bâtiment B", "2e étage", "BP 42", "Entrée C"]) : null,
            PostCode = town.PostCode,
            City = town.Name,
            CountryCode = "FR",
        };
        var channel = random.Weighted((DeliveryChannel.Email, 70), (DeliveryChannel.Network, 12), (DeliveryChannel.Portal, 10), (DeliveryChannel.Paper, 8));
        var contacts = new List<PartyContact> { Person(domain, Telephone(town), ContactRole.Billing) };
        if (random.Percent(40))
        {
            contacts.Add(new PartyContact(new Contact { Name = "Service comptabilité", Email = $"comptabilite@{domain}" }, ContactRole.Accounting));
        }

        if (random.Percent(25))
        {
            contacts.Add(Person(domain, Telephone(town), ContactRole.Dunning));
        }

        var draft = new PartyDraft
        {
            LegalName = $"{name} {form}",
            TradingName = random.Percent(30) ? name : null,
            Siren = siren,
            Siret = Siret.Create(siren, random.Next(1, 60)),
            VatNumber = VatNumber.ForFrenchSiren(siren),
            // Registered on the e-invoicing network: all network customers, and a share of the others already.
            ElectronicAddress = channel == DeliveryChannel.Network || random.Percent(20) ? PeppolParticipantId.ForFrenchCompany(siren) : null,
            BillingAddress = address,
            Contacts = contacts,
            PreferredChannel = channel,
            InvoiceEmail = random.Percent(60) ? $"factures@{domain}" : null,
        };
        return Create(draft);
    }

    private Party Individual()
    {
        var first = random.Pick(DemoVocabulary.FirstNames);
        var last = random.Pick(DemoVocabulary.Surnames);
        var town = WeightedTown();
        var email = $"{DemoVocabulary.Ascii(first)}.{DemoVocabulary.Ascii(last)}@{random.Pick(["courriel.example", "messagerie.example", "boite-mail.example"])}";
        var draft = new PartyDraft
        {
            LegalName = UniqueName(() => $"{first} {last}"),
            IsBusiness = false,
            BillingAddress = new PostalAddress
            {
                Line1 = $"{random.Next(1, 120)} {random.Pick(DemoVocabulary.Streets)}",
                PostCode = town.PostCode,
                City = town.Name,
                CountryCode = "FR",
            },
            Contacts = [new PartyContact(new Contact { Name = $"{first} {last}", Email = email, Telephone = MobilePhone() }, ContactRole.Billing)],
            PreferredChannel = random.Percent(80) ? DeliveryChannel.Email : DeliveryChannel.Paper,
            PreferredLanguage = LanguageCode.French,
        };
        return Create(draft);
    }

    private Party Belgian()
    {
        var name = UniqueName(() => $"{random.Pick(["Brasserie", "Chocolaterie", "Imprimerie", "Transports", "Bureau d'études"])} {random.Pick(["Peeters", "Janssens", "Maes", "Jacobs", "Lambert", "Dupont", "Claes", "Wouters", "Goossens", "Renard"])}");
        var enterprise = DemoIdentifiers.BelgianEnterpriseNumber(random.Digits(7));
        var town = random.Pick(BelgianTowns);
        var domain = DemoVocabulary.Ascii(name) + ".example";
        var draft = new PartyDraft
        {
            LegalName = $"{name} {random.Pick(["SRL", "SA"])}",
            VatNumber = VatNumber.Of("BE" + enterprise),
            // Belgium requires structured e-invoices between companies from 2026: every Belgian customer is on Peppol.
            ElectronicAddress = PeppolParticipantId.Create("0208", enterprise).Value,
            BillingAddress = new PostalAddress
            {
                Line1 = $"{random.Pick(["Rue de la Loi", "Avenue Louise", "Chaussée de Wavre", "Rue Neuve", "Boulevard d'Avroy"])} {random.Next(1, 150)}",
                PostCode = town.PostCode,
                City = town.Name,
                CountryCode = "BE",
            },
            Contacts = [new PartyContact(new Contact { Name = $"{random.Pick(["Lotte", "Pieter", "Sarah", "Thomas", "Julie"])} {name.Split(' ')[^1]}", Email = $"factures@{domain}" }, ContactRole.Billing)],
            PreferredChannel = DeliveryChannel.Network,
            PreferredLanguage = LanguageCode.French,
        };
        return Create(draft);
    }

    private Party German()
    {
        var surname = random.Pick(["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz"]);
        var name = UniqueName(() => $"{surname} {random.Pick(["Maschinenbau", "Logistik", "Software", "Verpackung", "Elektrotechnik", "Bau"])}");
        var town = random.Pick(GermanTowns);
        var domain = DemoVocabulary.Ascii(name) + ".example";
        var draft = new PartyDraft
        {
            LegalName = $"{name} {random.Pick(["GmbH", "AG", "GmbH & Co. KG"])}",
            VatNumber = VatNumber.Of(DemoIdentifiers.GermanVatNumber(random.Next(1, 10).ToString(CultureInfo.InvariantCulture) + random.Digits(7))),
            BillingAddress = new PostalAddress
            {
                Line1 = $"{random.Pick(["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee"])} {random.Next(1, 90)}",
                PostCode = town.PostCode,
                City = town.Name,
                CountryCode = "DE",
            },
            Contacts = [new PartyContact(new Contact { Name = $"{random.Pick(["Anna", "Lukas", "Julia", "Felix", "Katrin"])} {surname}", Email = $"rechnungen@{domain}" }, ContactRole.Billing)],
            PreferredChannel = DeliveryChannel.Email,
            PreferredLanguage = LanguageCode.English,
        };
        return Create(draft);
    }

    private Party Spanish()
    {
        var surname = random.Pick(["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno"]);
        var name = UniqueName(() => $"{random.Pick(["Distribuciones", "Soluciones", "Transportes", "Hoteles", "Construcciones"])} {surname}");
        var anonima = random.Percent(30);
        var town = random.Pick(SpanishTowns);
        var domain = DemoVocabulary.Ascii(name) + ".example";
        var draft = new PartyDraft
        {
            LegalName = $"{name} {(anonima ? "S.A." : "S.L.")}",
            VatNumber = VatNumber.Of(DemoIdentifiers.SpanishVatNumber(anonima ? 'A' : 'B', random.Digits(7))),
            BillingAddress = new PostalAddress
            {
                Line1 = $"{random.Pick(["Calle Mayor", "Gran Vía", "Calle de Alcalá", "Avenida Diagonal", "Paseo de Gracia"])} {random.Next(1, 200)}",
                PostCode = town.PostCode,
                City = town.Name,
                CountryCode = "ES",
            },
            Contacts = [new PartyContact(new Contact { Name = $"{random.Pick(["Lucía", "Javier", "María", "Carlos", "Elena"])} {surname}", Email = $"facturas@{domain}" }, ContactRole.Billing)],
            PreferredChannel = DeliveryChannel.Email,
            PreferredLanguage = LanguageCode.English,
        };
        return Create(draft);
    }

    private Party Create(PartyDraft draft)
    {
        var result = Party.Create(PartyId.New(random.NextId()), draft);
        return result.Success
            ? result.Value
            : throw new InvalidOperationException($"The demo generated an invalid customer '{draft.LegalName}': {result.Error}");
    }

    private PartyContact Person(string domain, string telephone, ContactRole role)
    {
        var first = random.Pick(DemoVocabulary.FirstNames);
        var last = random.Pick(DemoVocabulary.Surnames);
        return new PartyContact(
            new Contact { Name = $"{first} {last}", Email = $"{DemoVocabulary.Ascii(first)}.{DemoVocabulary.Ascii(last)}@{domain}", Telephone = telephone },
            role);
    }

    private string UniqueName(Func<string> make)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var name = make();
            if (usedNames.Add(PartyNames.NormalizeForMatching(name)))
            {
                return name;
            }
        }

        // Large demos run out of combinations: a number keeps names distinct, as companies do ("Garage Martin 2").
        var numbered = $"{make()} {usedNames.Count + 1}";
        usedNames.Add(PartyNames.NormalizeForMatching(numbered));
        return numbered;
    }

    private Siren NewSiren()
    {
        while (true)
        {
            // Companies' SIRENs start with 3 to 9 (1 and 2 are public bodies); La Poste's follows another SIRET rule.
            var firstEight = random.Next(30_000_000, 100_000_000);
            if (firstEight != 35_600_000 && usedSirens.Add(firstEight))
            {
                return Siren.FromFirstEightDigits(firstEight);
            }
        }
    }

    private Town WeightedTown() => random.Weighted(DemoVocabulary.Towns.Select(t => (t, t.Weight)).ToArray());

    private string Telephone(Town town)
    {
        // The French landline prefix by region: 01 Paris, 02 north-west, 03 north-east, 04 south-east, 05 south-west.
        var area = town.PostCode[..2] switch
        {
            "75" => "01",
            "35" or "44" or "49" or "14" or "76" or "37" or "45" => "02",
            "59" or "67" or "57" or "54" or "21" or "25" => "03",
            "33" or "17" or "87" or "31" => "05",
            _ => "04",
        };
        return $"{area} {random.Digits(2)} {random.Digits(2)} {random.Digits(2)} {random.Digits(2)}";
    }

    private string MobilePhone() => $"0{random.Pick(["6", "7"])} {random.Digits(2)} {random.Digits(2)} {random.Digits(2)} {random.Digits(2)}";

    // ---- Contracts ---------------------------------------------------------------------------------------------

    private List<DemoContract> Contracts(LegalEntity company, BillingPolicy policy, List<(Party Party, CustomerKind Kind)> customers)
    {
        // About five contracts for three customers (250 for 150): one each for most, two or three for some, none
        // for the one-off buyers (every tenth customer).
        var target = (customers.Count * 5 + 2) / 3;
        var subscribers = customers.Where((_, index) => index % 10 != 9).ToList();
        var perCustomer = new int[subscribers.Count];
        var result = new List<DemoContract>(target);
        var index = 0;
        while (result.Count < target)
        {
            // First a contract each, then extra ones to random customers (at most three each).
            var slot = index < subscribers.Count ? index : random.Next(0, subscribers.Count);
            index++;
            if (perCustomer[slot] >= 3)
            {
                if (perCustomer.All(n => n >= 3))
                {
                    break;
                }

                continue;
            }

            perCustomer[slot]++;
            var (party, kind) = subscribers[slot];
            result.Add(Contract(company, policy, party, kind));
        }

        return result;
    }

    private DemoContract Contract(LegalEntity company, BillingPolicy policy, Party customer, CustomerKind kind)
    {
        var template = kind switch
        {
            CustomerKind.Individual => random.Percent(70) ? ContractKind.Subscription : ContractKind.DomainNames,
            CustomerKind.European => ContractKind.Subscription,
            _ => random.Weighted((ContractKind.Subscription, 45), (ContractKind.Hosting, 25), (ContractKind.Maintenance, 15), (ContractKind.DomainNames, 15)),
        };
        var frequency = template switch
        {
            ContractKind.DomainNames => BillingFrequency.Yearly,
            ContractKind.Maintenance => BillingFrequency.Monthly,
            _ when kind == CustomerKind.Individual => BillingFrequency.Monthly,
            _ => random.Weighted((BillingFrequency.Monthly, 65), (BillingFrequency.Quarterly, 20), (BillingFrequency.Yearly, 15)),
        };
        var timing = template == ContractKind.Maintenance && random.Percent(50) ? BillingTiming.InArrears : BillingTiming.InAdvance;

        // Six contracts in ten were signed before the history starts; the others during it.
        var existing = random.Percent(60);
        var start = existing
            ? historyStart.AddDays(-random.Next(1, 3 * 365))
            : historyStart.AddDays(random.Next(0, Math.Max(1, today.DayNumber - historyStart.DayNumber)));

        // Calendar-aligned periods for most, anniversary periods for the others.
        int? anchorDay = null;
        int? anchorMonth = null;
        if (template != ContractKind.DomainNames && random.Percent(frequency == BillingFrequency.Monthly ? 70 : 50))
        {
            anchorDay = 1;
            anchorMonth = frequency == BillingFrequency.Monthly ? null : 1;
        }

        var vat = kind == CustomerKind.European ? (VatCategory.ReverseCharge, (decimal?)null) : (VatCategory.StandardRate, (decimal?)FrenchVatRates.Standard);
        var lines = template switch
        {
            ContractKind.Subscription => SaasLines(kind, frequency, vat),
            ContractKind.Hosting => HostingLines(frequency, vat),
            ContractKind.Maintenance => [FixedLine("MAINT-WEB", frequency, vat)],
            _ => [QuantityLine("DOM-FR", "Nom de domaine .fr (renouvellement annuel)", random.Next(1, kind == CustomerKind.Individual ? 2 : 6), 12m, "C62", vat)],
        };

        DateOnly? end = null;
        var earliestEnd = Max(start, historyStart).AddDays(40);
        if (random.Percent(10) && earliestEnd < today)
        {
            end = earliestEnd.AddDays(random.Next(0, today.DayNumber - earliestEnd.DayNumber));
        }

        lines = WithChanges(lines, start, end);
        var terms = kind switch
        {
            CustomerKind.Individual => "RECEIPT",
            CustomerKind.European => "NET30",
            _ => random.Weighted(("NET30", 50), ("45EOM", 20), ("EOM+45", 15), ("RECEIPT", 15)),
        };

        var contract = new RecurringContract
        {
            Id = new ContractId(random.NextId()),
            CustomerId = customer.Id.Value,
            LegalEntityId = company.Id.Value,
            SeriesCode = policy.InvoiceSeries,
            Currency = CurrencyCode.Eur,
            StartDate = start,
            EndDate = end,
            Frequency = frequency,
            AnchorDay = anchorDay,
            AnchorMonth = anchorMonth,
            Timing = timing,
            PaymentTerms = PaymentTerms.Parse(terms).Value,
            PurchaseOrderReference = kind == CustomerKind.FrenchCompany && random.Percent(15)
                ? $"BC-{start.Year}-{random.Next(100, 10_000):0000}"
                : null,
            Lines = lines,
        };
        var problems = contract.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The demo generated an invalid contract: {string.Join(" ", problems)}");
        }

        return new DemoContract(contract, existing ? ResumeAt(contract) : contract.StartDate);
    }

    /// <summary>Where billing resumes on the first day of the history for a contract billed before it; null if fully billed.</summary>
    private DateOnly? ResumeAt(RecurringContract contract)
    {
        var next = BillingSchedule.NextPeriodStart(contract, historyStart.AddDays(-1), null);
        return BillingSchedule.IsFullyBilled(contract, next) ? null : next;
    }

    private List<ContractLine> SaasLines(CustomerKind kind, BillingFrequency frequency, (VatCategory Category, decimal? Rate) vat)
    {
        var (sku, seats) = kind switch
        {
            CustomerKind.Individual => ("SAAS-ESS", 1),
            CustomerKind.European => (random.Percent(60) ? "SAAS-PRO" : "SAAS-ENT", random.Next(5, 40)),
            _ => random.Weighted((("SAAS-ESS", random.Next(1, 11)), 50), (("SAAS-PRO", random.Next(3, 26)), 35), (("SAAS-ENT", random.Next(10, 61)), 15)),
        };
        var item = catalogue[sku];
        var lines = new List<ContractLine>
        {
            QuantityLine(sku, item.Name, seats, PeriodPrice(item.UnitPrice, frequency), "C62", vat),
        };
        if (kind != CustomerKind.Individual && random.Percent(30))
        {
            lines.Add(FixedLine("SAUV-100", frequency, vat));
        }

        return lines;
    }

    private List<ContractLine> HostingLines(BillingFrequency frequency, (VatCategory Category, decimal? Rate) vat)
    {
        var lines = new List<ContractLine> { FixedLine(random.Percent(60) ? "HEB-MUT" : "HEB-VPS", frequency, vat) };
        if (random.Percent(40))
        {
            lines.Add(FixedLine("SAUV-100", frequency, vat));
        }

        return lines;
    }

    /// <summary>A flat price per period: the monthly catalogue price times the months, with two months free on yearly terms.</summary>
    private ContractLine FixedLine(string sku, BillingFrequency frequency, (VatCategory Category, decimal? Rate) vat)
    {
        var item = catalogue[sku];
        var unit = frequency.Count switch
        {
            1 => "MON",
            3 => "QAN",
            _ => "ANN",
        };
        return new ContractLine
        {
            Id = random.NextId(),
            ItemId = item.Id.Value,
            Description = item.Name,
            UnitCode = unit,
            Kind = LineKind.FixedPrice,
            UnitPrice = PeriodPrice(item.UnitPrice, frequency),
            VatCategory = vat.Category,
            VatRate = vat.Rate,
        };
    }

    private ContractLine QuantityLine(string sku, string description, int quantity, decimal unitPrice, string unit, (VatCategory Category, decimal? Rate) vat) => new()
    {
        Id = random.NextId(),
        ItemId = catalogue[sku].Id.Value,
        Description = description,
        UnitCode = unit,
        Kind = LineKind.Quantity,
        UnitPrice = unitPrice,
        Quantity = quantity,
        VatCategory = vat.Category,
        VatRate = vat.Rate,
    };

    private static decimal PeriodPrice(decimal monthly, BillingFrequency frequency) => frequency.Count switch
    {
        1 => monthly,
        3 => monthly * 3,
        _ => monthly * 10,
    };

    /// <summary>
    /// Price indexation on 1 January for some contracts (+3.5 %) and extra seats from the first of a month for some
    /// subscriptions. Each change restates the price and quantity in force from its date, so they accumulate.
    /// </summary>
    private List<ContractLine> WithChanges(List<ContractLine> lines, DateOnly start, DateOnly? end)
    {
        var newYear = new DateOnly(today.Year, 1, 1); // always within the twelve months of history
        var indexed = start < newYear && newYear <= today && (end is null || end >= newYear) && random.Percent(20);
        var result = new List<ContractLine>(lines.Count);
        foreach (var line in lines)
        {
            DateOnly? seatsFrom = null;
            var extraSeats = 0;
            if (line.Kind == LineKind.Quantity && line.Description.StartsWith("Suite Atelier", StringComparison.Ordinal) && random.Percent(20))
            {
                var from = Max(start, historyStart).AddMonths(random.Next(1, 10));
                var firstOfMonth = new DateOnly(from.Year, from.Month, 1);
                if (firstOfMonth > start && firstOfMonth <= today && firstOfMonth != newYear && (end is null || firstOfMonth <= end))
                {
                    seatsFrom = firstOfMonth;
                    extraSeats = random.Next(1, 8);
                }
            }

            var dates = new List<DateOnly>();
            if (indexed)
            {
                dates.Add(newYear);
            }

            if (seatsFrom is { } seatsDate)
            {
                dates.Add(seatsDate);
            }

            var changes = dates.Order()
                .Select(date => new ContractLineChange(
                    date,
                    indexed && date >= newYear ? Amounts.Round(line.UnitPrice * 1.035m) : line.UnitPrice,
                    seatsFrom is { } seats && date >= seats ? line.Quantity + extraSeats : line.Quantity))
                .ToList();
            result.Add(line with { Changes = changes });
        }

        return result;
    }

    // ---- One-off sales and credit notes ------------------------------------------------------------------------

    private List<DemoSale> Sales(List<(Party Party, CustomerKind Kind)> customers, DateOnly[] billRuns)
    {
        var companies = customers.Where(c => c.Kind == CustomerKind.FrenchCompany).Select(c => c.Party).ToList();
        var individuals = customers.Where(c => c.Kind == CustomerKind.Individual).Select(c => c.Party).ToList();
        if (companies.Count == 0)
        {
            return [];
        }

        var perMonth = Math.Max(1, (customers.Count + 15) / 30);
        var sales = new List<DemoSale>();
        foreach (var run in billRuns)
        {
            // Sales fall between two bill runs, so invoice numbers follow dates in the one series they share.
            var first = run.AddDays(1);
            var last = Min(run.AddMonths(1).AddDays(-1), today);
            if (last < first)
            {
                continue;
            }

            var count = perMonth + random.Next(-1, 2);
            var dates = Enumerable.Range(0, Math.Max(0, count))
                .Select(_ => first.AddDays(random.Next(0, last.DayNumber - first.DayNumber + 1)))
                .Order()
                .ToList();
            foreach (var date in dates)
            {
                var toIndividual = individuals.Count > 0 && random.Percent(15);
                var customer = toIndividual ? random.Pick(individuals) : random.Pick(companies);
                var lines = toIndividual ? IndividualSale() : CompanySale();
                var terms = toIndividual ? PaymentTerms.OnReceipt : null;
                sales.Add(new DemoSale(sales.Count + 1, date, customer.Id, lines, terms));
            }
        }

        return sales;
    }

    private List<DemoSaleLine> CompanySale()
    {
        switch (random.Weighted(("consulting", 30), ("training", 20), ("hardware", 20), ("support", 20), ("books", 10)))
        {
            case "consulting":
                return [new("CONSEIL-J", random.Next(1, 6))];
            case "training":
                var days = random.Next(1, 4);
                return [new("FORM-J", days), new("REPAS", random.Next(4, 13) * days)];
            case "hardware":
                var hardware = new List<DemoSaleLine> { new(random.Pick(["PC-14", "ECRAN-27", "TPE"]), random.Next(1, 9)) };
                if (random.Percent(40))
                {
                    hardware.Add(new(hardware[0].ItemCode == "ECRAN-27" ? "PC-14" : "ECRAN-27", random.Next(1, 6)));
                }

                return hardware;
            case "support":
                return [new("ASSIST-H", random.Next(2, 16))];
            default:
                return [new("LIVRE-FE", random.Next(1, 26))];
        }
    }

    private List<DemoSaleLine> IndividualSale() =>
        random.Percent(60) ? [new("LIVRE-FE", random.Next(1, 3))] : [new("ECRAN-27", 1)];

    private List<DemoCreditNote> CreditNotes(List<DemoSale> sales)
    {
        if (sales.Count == 0)
        {
            return [];
        }

        var wanted = Math.Max(1, sales.Count / 6);
        var credits = new List<DemoCreditNote>();
        var credited = new HashSet<int>();
        for (var attempt = 0; attempt < sales.Count * 2 && credits.Count < wanted; attempt++)
        {
            var sale = random.Pick(sales);
            var date = sale.IssueDate.AddDays(random.Next(3, 21));
            if (date > today || !credited.Add(sale.Key))
            {
                continue;
            }

            var first = sale.Lines[0];
            var price = catalogue[first.ItemCode].UnitPrice;
            credits.Add(first.ItemCode switch
            {
                // Goods sent back: some units of the first line, or everything.
                "PC-14" or "ECRAN-27" or "TPE" when first.Quantity > 1 && random.Percent(50) =>
                    new DemoCreditNote(date, sale.Key, random.Next(1, (int)first.Quantity) * price, "Retour de matériel"),
                "PC-14" or "ECRAN-27" or "TPE" => new DemoCreditNote(date, sale.Key, null, "Retour de la totalité du matériel"),
                "FORM-J" when first.Quantity > 1 => new DemoCreditNote(date, sale.Key, price, "Journée de formation annulée"),
                "ASSIST-H" when first.Quantity > 2 => new DemoCreditNote(date, sale.Key, 2 * price, "Heures d'assistance facturées en double"),
                _ => new DemoCreditNote(date, sale.Key, null, "Facture émise par erreur"),
            });
        }

        return credits.OrderBy(c => c.IssueDate).ThenBy(c => c.SaleKey).ToList();
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
