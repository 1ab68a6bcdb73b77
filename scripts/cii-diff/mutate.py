#!/usr/bin/env python3
"""Differential testing of the EN 16931 CII rules (test-side tool, not part of the product).

mutate.py OUT_DIR N SEED FILE_OR_DIR...
    Writes N mutants of the CII seed files into OUT_DIR (m00000.xml ...) and OUT_DIR/manifest.tsv
    (mutant, seed, mutations). Each mutant applies 1-3 random edits: remove an element, empty it,
    change a code, change an amount, drop or change an attribute, duplicate an element, flip an
    allowance/charge indicator, swap a VAT category.
"""
import os
import random
import sys
import copy
import xml.etree.ElementTree as ET

NS = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
}
for p, u in NS.items():
    ET.register_namespace(p, u)
ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")

RAM = "{%s}" % NS["ram"]
UDT = "{%s}" % NS["udt"]

CATEGORIES = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M", "B", "X", "s", " S"]
CODES = {
    "CountryID": ["DE", "FR", "IT", "XX", "EL", "de", " IT ", "XI", "1A", ""],
    "TypeCode": ["380", "381", "384", "389", "30", "58", "31", "ZZZ", "999", "VAT", "vat", "VAT ", "GST", "1"],
    "InvoiceCurrencyCode": ["EUR", "USD", "XXX", "ABC", "eur", "SEK"],
    "TaxCurrencyCode": ["EUR", "USD", "SEK", "ABC", "DKK"],
    "DueDateTypeCode": ["5", "29", "72", "3", ""],
    "ReferenceTypeCode": ["AAA", "ZZZ", "XYZ", "IV"],
    "SubjectCode": ["AAI", "REG", "XXX", "SUR"],
    "ReasonCode": ["95", "100", "AA", "ZZZ", "XYZ", "41", "FC", "999"],
    "ExemptionReasonCode": ["VATEX-EU-G", "vatex-eu-ic", "VATEX-EU-O", "VATEX-XX", "VATEX-EU-AE"],
    "CategoryCode": CATEGORIES,
}
ATTR_VALUES = {
    "schemeID": ["VA", "FC", "0088", "0204", "9930", "EM", "XX", "0001", "", "GLN"],
    "currencyID": ["EUR", "USD", "SEK", "ABC", ""],
    "unitCode": ["C62", "H87", "XPP", "ZZZ", "EA", "", "HUR"],
    "listID": ["TST", "STI", "XX", ""],
    "mimeCode": ["application/pdf", "image/gif", "text/xml", "text/csv"],
    "format": ["102", "610", "203"],
}
AMOUNT_SUFFIXES = ("Amount", "Percent", "Quantity")


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def mutate_amount(text, rnd):
    text = (text or "").strip()
    try:
        v = float(text)
    except ValueError:
        v = 10.0
    choice = rnd.randrange(11)
    if choice == 0:
        return "%.2f" % (v + 0.01)
    if choice == 1:
        return "%.2f" % (v - 1)
    if choice == 2:
        return "%.2f" % (-v)
    if choice == 3:
        return "%.3f" % (v + 0.005)
    if choice == 4:
        return "0"
    if choice == 5:
        return "%.2f" % (v * 2)
    if choice == 6:
        return " %s " % text
    if choice == 7:
        return "%.4f" % v
    if choice == 8:
        return "%.2f" % (v + 1.5)
    if choice == 9:
        return "%.2f" % (v + 0.5)
    return "%.1f" % v


def mutate(root, rnd, log):
    parent_of = {c: p for p in root.iter() for c in p}
    elements = [e for e in root.iter() if e is not root]
    if not elements:
        return
    op = rnd.randrange(16)
    if op >= 12:
        synthesize(root, elements, rnd, log)
        return
    e = rnd.choice(elements)
    name = local(e.tag)
    if op == 0:
        parent_of[e].remove(e)
        log.append("remove " + name)
    elif op == 1:
        for c in list(e):
            e.remove(c)
        e.text = rnd.choice(["", " "])
        log.append("empty " + name)
    elif op in (2, 3):
        # change a code: pick a code-like element
        cands = [x for x in elements if local(x.tag) in CODES]
        if not cands:
            return
        x = rnd.choice(cands)
        x.text = rnd.choice(CODES[local(x.tag)])
        log.append("code %s=%r" % (local(x.tag), x.text))
    elif op in (4, 5):
        cands = [x for x in elements if local(x.tag).endswith(AMOUNT_SUFFIXES) and len(x) == 0]
        if not cands:
            return
        x = rnd.choice(cands)
        x.text = mutate_amount(x.text, rnd)
        log.append("amount %s=%r" % (local(x.tag), x.text))
    elif op == 6:
        cands = [x for x in elements if x.attrib]
        if not cands:
            return
        x = rnd.choice(cands)
        a = rnd.choice(list(x.attrib))
        if rnd.random() < 0.4:
            del x.attrib[a]
            log.append("drop @%s of %s" % (a, local(x.tag)))
        else:
            x.set(a, rnd.choice(ATTR_VALUES.get(a, ["X", ""])))
            log.append("attr %s/@%s=%r" % (local(x.tag), a, x.get(a)))
    elif op == 7:
        # duplicate an element next to itself
        p = parent_of[e]
        i = list(p).index(e)
        p.insert(i + 1, copy.deepcopy(e))
        log.append("duplicate " + name)
    elif op == 8:
        cands = [x for x in elements if x.tag == UDT + "Indicator"]
        if not cands:
            return
        x = rnd.choice(cands)
        x.text = rnd.choice(["true", "false", "1", "0", " true", "TRUE"])
        log.append("indicator=%r" % x.text)
    elif op == 9:
        cands = [x for x in elements if x.tag == RAM + "CategoryCode"]
        if not cands:
            return
        x = rnd.choice(cands)
        x.text = rnd.choice(CATEGORIES)
        log.append("category=%r" % x.text)
    elif op == 10:
        # add an attribute schemeID to an ID-like element or an exemption reason to a tax
        cands = [x for x in elements if local(x.tag) in ("ID", "GlobalID", "URIID", "ClassCode")]
        if cands:
            x = rnd.choice(cands)
            x.set("schemeID" if local(x.tag) != "ClassCode" else "listID", rnd.choice(ATTR_VALUES["schemeID"]))
            log.append("set scheme on " + local(x.tag))
    else:
        # insert a well-known optional element
        taxes = [x for x in elements if x.tag == RAM + "ApplicableTradeTax"]
        if taxes:
            x = rnd.choice(taxes)
            what = rnd.choice(["ExemptionReason", "ExemptionReasonCode", "TaxPointDate", "DueDateTypeCode", "RateApplicablePercent"])
            el = ET.SubElement(x, RAM + what)
            el.text = {"ExemptionReason": "Exempt", "ExemptionReasonCode": "VATEX-EU-G", "TaxPointDate": "",
                       "DueDateTypeCode": "5", "RateApplicablePercent": rnd.choice(["0", "19", "7.00"])}[what]
            if what == "TaxPointDate":
                d = ET.SubElement(el, UDT + "DateString")
                d.set("format", "102")
                d.text = "20240101"
                el.text = None
            log.append("insert " + what)


def sub(parent, name, text=None, ns=RAM, **attrs):
    el = ET.SubElement(parent, ns + name, attrs)
    if text is not None:
        el.text = text
    return el


def allowance_charge(parent, rnd):
    ac = ET.SubElement(parent, RAM + "SpecifiedTradeAllowanceCharge")
    ci = sub(ac, "ChargeIndicator")
    sub(ci, "Indicator", rnd.choice(["true", "false"]), ns=UDT)
    if rnd.random() < 0.9:
        sub(ac, "ActualAmount", rnd.choice(["10.00", "5.5", "0.01", "3.333", "-2.00", "100"]))
    if rnd.random() < 0.4:
        sub(ac, "BasisAmount", rnd.choice(["100.00", "50.123", "20"]))
    r = rnd.random()
    if r < 0.4:
        sub(ac, "Reason", "Discount")
    elif r < 0.7:
        sub(ac, "ReasonCode", rnd.choice(["95", "FC", "ZZZ", "41"]))
    if rnd.random() < 0.9:
        t = sub(ac, "CategoryTradeTax")
        sub(t, "TypeCode", rnd.choice(["VAT", "VAT", "vat", "GST"]))
        sub(t, "CategoryCode", rnd.choice(CATEGORIES[:10]))
        if rnd.random() < 0.8:
            sub(t, "RateApplicablePercent", rnd.choice(["0", "19", "7.00", "-1", "0.00"]))
    return ac


def synthesize(root, elements, rnd, log):
    def find(name):
        return [x for x in elements if x.tag == RAM + name]
    kind = rnd.randrange(12)
    if kind == 0 and find("ApplicableHeaderTradeSettlement"):
        allowance_charge(rnd.choice(find("ApplicableHeaderTradeSettlement")), rnd)
        log.append("add document allowance/charge")
    elif kind == 1 and find("SpecifiedLineTradeSettlement"):
        allowance_charge(rnd.choice(find("SpecifiedLineTradeSettlement")), rnd)
        log.append("add line allowance/charge")
    elif kind == 2 and find("ApplicableHeaderTradeSettlement"):
        p = sub(rnd.choice(find("ApplicableHeaderTradeSettlement")), "PayeeTradeParty")
        sellers = find("SellerTradeParty")
        same = sellers and rnd.random() < 0.5
        if rnd.random() < 0.8:
            nm = sellers[0].find(RAM + "Name") if sellers else None
            sub(p, "Name", nm.text if same and nm is not None else "Factor Ltd")
        if rnd.random() < 0.3:
            sub(p, "ID", "P1")
        log.append("add payee (same name=%s)" % bool(same))
    elif kind == 3 and find("SpecifiedTradeSettlementPaymentMeans"):
        pm = rnd.choice(find("SpecifiedTradeSettlementPaymentMeans"))
        card = sub(pm, "ApplicableTradeSettlementFinancialCard")
        sub(card, "ID", rnd.choice(["123456XXXX1234", "1234", "12345678901", " 1234 "]))
        log.append("add card")
    elif kind == 4 and find("SpecifiedTradeProduct"):
        o = sub(rnd.choice(find("SpecifiedTradeProduct")), "OriginTradeCountry")
        sub(o, "ID", rnd.choice(["DE", "XX", "de"]))
        log.append("add origin country")
    elif kind == 5 and find("ApplicableHeaderTradeDelivery"):
        st = find("ShipToTradeParty") or [sub(rnd.choice(find("ApplicableHeaderTradeDelivery")), "ShipToTradeParty")]
        sub(rnd.choice(st), "GlobalID", "4000001000005", schemeID=rnd.choice(["0088", "XX", "9999"]))
        log.append("add ship-to global id")
    elif kind == 6 and find("SpecifiedTradeSettlementHeaderMonetarySummation"):
        sub(rnd.choice(find("SpecifiedTradeSettlementHeaderMonetarySummation")), "RoundingAmount", rnd.choice(["0.001", "0.01", "-0.01"]))
        log.append("add rounding")
    elif kind == 7 and find("ApplicableHeaderTradeAgreement"):
        rep = sub(rnd.choice(find("ApplicableHeaderTradeAgreement")), "SellerTaxRepresentativeTradeParty")
        if rnd.random() < 0.7:
            sub(rep, "Name", "Rep")
        if rnd.random() < 0.7:
            a = sub(rep, "PostalTradeAddress")
            if rnd.random() < 0.7:
                sub(a, "CountryID", "BE")
        if rnd.random() < 0.7:
            r = sub(rep, "SpecifiedTaxRegistration")
            sub(r, "ID", rnd.choice(["BE0123456789", "XX123", ""]), schemeID=rnd.choice(["VA", "FC"]))
        log.append("add tax representative")
    elif kind == 8 and find("CategoryCode"):
        # coherent swap of one category everywhere, rates adjusted
        cats = sorted({x.text for x in find("CategoryCode") if x.text})
        if not cats:
            return
        old, new = rnd.choice(cats), rnd.choice(CATEGORIES[:10])
        zero = new in ("Z", "E", "AE", "K", "G", "O")
        for x in elements:
            if x.tag in (RAM + "ApplicableTradeTax", RAM + "CategoryTradeTax"):
                c = x.find(RAM + "CategoryCode")
                if c is not None and c.text == old:
                    c.text = new
                    rate = x.find(RAM + "RateApplicablePercent")
                    if rate is not None and zero:
                        if new == "O" and rnd.random() < 0.7:
                            x.remove(rate)
                        else:
                            rate.text = "0"
                    calc = x.find(RAM + "CalculatedAmount")
                    if calc is not None and zero:
                        calc.text = "0.00"
                    if zero and rnd.random() < 0.7 and x.find(RAM + "ExemptionReason") is None:
                        sub(x, "ExemptionReason", "Exempt")
        log.append("swap category %s->%s" % (old, new))
    elif kind == 9 and find("ApplicableHeaderTradeSettlement"):
        t = sub(rnd.choice(find("ApplicableHeaderTradeSettlement")), "ApplicableTradeTax")
        sub(t, "CalculatedAmount", rnd.choice(["0.00", "1.90"]))
        sub(t, "TypeCode", "VAT")
        sub(t, "BasisAmount", rnd.choice(["10.00", "0.00"]))
        sub(t, "CategoryCode", rnd.choice(CATEGORIES[:10]))
        if rnd.random() < 0.7:
            sub(t, "RateApplicablePercent", rnd.choice(["0", "19"]))
        log.append("add breakdown")
    elif kind == 10:
        for name in ("SellerTradeParty", "BuyerTradeParty"):
            for party in find(name):
                for reg in party.findall(RAM + "SpecifiedTaxRegistration"):
                    if rnd.random() < 0.5:
                        party.remove(reg)
        log.append("drop some tax registrations")
    elif kind == 11 and find("ApplicableHeaderTradeSettlement"):
        for party in find("SellerTradeParty") + find("SellerTaxRepresentativeTradeParty"):
            for reg in party.findall(RAM + "SpecifiedTaxRegistration"):
                party.remove(reg)
        allowance_charge(rnd.choice(find("ApplicableHeaderTradeSettlement")), rnd)
        log.append("drop seller tax ids, add document allowance/charge")


def seeds(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, fs in os.walk(p):
                out += [os.path.join(d, f) for f in fs if f.endswith(".xml")]
        else:
            out.append(p)
    good = []
    for f in sorted(out):
        try:
            r = ET.parse(f).getroot()
        except ET.ParseError:
            continue
        if r.tag == "{%s}CrossIndustryInvoice" % NS["rsm"]:
            good.append(f)
    return good


def main():
    out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    files = seeds(sys.argv[4:])
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.tsv"), "w") as m:
        for i in range(n):
            f = rnd.choice(files)
            tree = ET.parse(f)
            log = []
            for _ in range(rnd.choice([1, 1, 2, 3])):
                mutate(tree.getroot(), rnd, log)
            name = "m%05d.xml" % i
            tree.write(os.path.join(out, name), encoding="utf-8", xml_declaration=True)
            m.write("%s\t%s\t%s\n" % (name, f, "; ".join(log)))
    print("%d mutants from %d seeds in %s" % (n, len(files), out))


if __name__ == "__main__":
    main()
