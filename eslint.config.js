// ESLint: typescript-eslint's type-aware recommended rules, for bugs rather than style (Prettier owns layout).
// Rules turned off or relaxed below say why; `npm run lint` runs this over the whole repository.
import js from "@eslint/js";
import globals from "globals";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", "dist-test/", "coverage/", "node_modules/", "samples/", "presets/", "templates/"] },

  // JavaScript: the bin entry, the demo, the sample generator and the benchmark (plain Node ESM, no types).
  {
    files: ["**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: globals.node },
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },

  // TypeScript: sources, tests and the vitest config, checked with the types of tsconfig.json.
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: globals.node,
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // `import type` for what is only a type: the compiler drops it, and no module is loaded for a type
      // (tsconfig's verbatimModuleSyntax requires it; the rule also fixes it).
      // `import("…").T` in a type position stays allowed: tests use it to type a module they import dynamically.
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "separate-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-import-type-side-effects": "error",
      // A floating promise loses its error; `void promise` says "on purpose".
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // The XML, zip and legacy-encoding readers match control characters on purpose.
      "no-control-regex": "off",
      // Numbers and other primitives in template literals read naturally (`${count} tệp`); objects and
      // nullish values are still caught.
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true, allowNullish: false, allowAny: false, allowRegExp: false },
      ],
    },
  },

  // Tests poke at parsed JSON and exceljs cell values, whose types are loose (any, unions of objects), and
  // their assertions catch a wrong value; the type-safety rules would only ask for casts there.
  {
    files: ["**/*.test.ts", "test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-base-to-string": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
      "@typescript-eslint/require-await": "off",
      // expect(object.method) and spies take methods unbound on purpose.
      "@typescript-eslint/unbound-method": "off",
    },
  },

  // Messages interpolate parameters typed string | number | undefined by design (one Params type for all).
  {
    files: ["src/messages/**"],
    rules: { "@typescript-eslint/restrict-template-expressions": "off" },
  },
);
