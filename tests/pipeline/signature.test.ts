import { describe, expect, it } from "vitest";
import { namedAfterColon, signatureAt } from "../../src/pipeline/signature.ts";
import { ctxIn as ctxOf } from "../helpers/mentions.ts";

describe("signatureAt", () => {
  it("signatureAt: a dash line names the person who signs the quotation before it", () => {
    expect(signatureAt(ctxOf("— Emily King, nominated for contemporary R&B album"))?.text).toBe("Emily King");
    expect(signatureAt(ctxOf("– performer Josh Groban"))?.text).toBe("Josh Groban");
    expect(signatureAt(ctxOf("— Chaka Khan (winner for R&B album)"))?.text).toBe("Chaka Khan");
    expect(signatureAt(ctxOf("– Julien Arsenault", "fr"))?.text).toBe("Julien Arsenault");
  });

  it("signatureAt: no dash, an organisation, a governed name or a sentence is no signature", () => {
    expect(signatureAt(ctxOf("Emily King, nominated for contemporary R&B album"))).toBeNull();
    expect(signatureAt(ctxOf("— Reporting by Ana Ruiz"))).toBeNull();
    expect(signatureAt(ctxOf("— Amnesty International"))).toBeNull();
    expect(signatureAt(ctxOf("— Emily King said she would sing again."))).toBeNull();
  });

  it("signatureAt: a line all in brackets signs when it is only a name and a role", () => {
    expect(signatureAt(ctxOf("(Victor Santos, président du comité)", "fr"))?.text).toBe("Victor Santos");
    expect(signatureAt(ctxOf("(Juliet Schor, professor of sociology at Boston College)"))?.text).toBe("Juliet Schor");
  });

  it("signatureAt: a bracketed credit, caption or aside is no signature", () => {
    expect(signatureAt(ctxOf("(photographer Jane Doe)"))).toBeNull();
    expect(signatureAt(ctxOf("(Dessinateur Jean Plantu)", "fr"))).toBeNull();
    expect(signatureAt(ctxOf("(Le président Alain Rouquette, à gauche, remet le chèque)", "fr"))).toBeNull();
    expect(signatureAt(ctxOf("(Tom Reeves, the mayor, cuts the ribbon)"))).toBeNull();
    expect(signatureAt(ctxOf("(Ben Hale denies the charge)"))).toBeNull();
    expect(signatureAt(ctxOf("(Sarah Cole is pictured above.)"))).toBeNull();
    expect(signatureAt(ctxOf("(“We will not back down,” said Kay Burns)"))).toBeNull();
  });
});

describe("namedAfterColon", () => {
  it("namedAfterColon: a list line names a person after its colon", () => {
    expect(namedAfterColon(ctxOf("La Palme d'honneur : Agnès Varda", "fr"))?.text).toBe("Agnès Varda");
    expect(namedAfterColon(ctxOf("Best actor: Tom Hale for Drift"))?.text).toBe("Tom Hale");
  });

  it("namedAfterColon: a sentence with a verb, or a line naming no one, is no list line", () => {
    expect(namedAfterColon(ctxOf("The jury said: Tom Hale won."))).toBeNull();
    expect(namedAfterColon(ctxOf("Best film: Drift"))).toBeNull();
    expect(namedAfterColon(ctxOf("Agnès Varda à Cannes", "fr"))).toBeNull();
  });
});
