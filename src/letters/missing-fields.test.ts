import { describe, expect, it } from "vitest";
import { compileTemplate } from "../documents/template/index.js";
import { collectMissingFields, missingFieldOf } from "./missing-fields.js";

const render = (source: string, data: unknown): string[] => {
  const template = compileTemplate(`---\nkind: letter\nsummary: x\n---\n${source}\n`, "t.hbs");
  try {
    template.render(data);
    return [];
  } catch (error) {
    const field = missingFieldOf(error);
    if (field === null) throw error;
    return collectMissingFields(template, data, field);
  }
};

describe("collectMissingFields", () => {
  it("names every missing field, not only the first", () => {
    expect(
      render("{{recipient.a}} {{recipient.name}} {{label}} {{recipient.[Chức vụ]}}", { recipient: { name: "X" } }),
    ).toEqual(["recipient.a", "label", "recipient.Chức vụ"]);
  });

  it("names fields used as helper arguments", () => {
    expect(render("{{shortDate deadline}} {{upper recipient.name}}", { recipient: {} })).toEqual([
      "deadline",
      "recipient.name",
    ]);
  });

  it("stops at a field it cannot stand in for (inside {{#each}})", () => {
    expect(render("{{#each rows}}{{this.x}}{{/each}} {{b}}", { rows: [{}] })).toEqual(["this.x"]);
  });

  it("is empty when nothing is missing", () => {
    expect(render("{{a}}", { a: 1 })).toEqual([]);
  });
});
