import { describe, expect, it } from "vitest";
import { displayWidth, padEnd, padStart, shorten, terminalColumns, widest } from "./table.js";

describe("terminal tables", () => {
  it("count a Vietnamese letter as one column, composed or not, and colour codes as none", () => {
    expect(displayWidth("Tổng số")).toBe(7);
    expect(displayWidth("To\u0302\u0309ng so\u0302\u0301")).toBe(7); // decomposed marks
    expect(displayWidth("\u001b[31mđạt\u001b[39m")).toBe(3);
    expect(padEnd("\u001b[32mđạt (có cảnh báo)\u001b[39m", 20)).toBe("\u001b[32mđạt (có cảnh báo)\u001b[39m   ");
    expect(padStart("1.234", 8)).toBe("   1.234");
    expect(widest(["đạt", "bị từ chối", ""])).toBe(10);
  });

  it("shorten a long name at a word, with an ellipsis, within the width", () => {
    const name = "Số vụ lừa đảo, chiếm đoạt tài sản qua mạng viễn thông, Internet";
    expect(shorten(name, 80)).toBe(name);
    const short = shorten(name, 40);
    expect(short).toBe("Số vụ lừa đảo, chiếm đoạt tài sản qua…");
    expect(displayWidth(short)).toBeLessThanOrEqual(40);
    expect(shorten("Sieukhonglongdaithatday", 10)).toBe("Sieukhong…");
  });

  it("take the terminal's width, or 100 when the output is not a terminal", () => {
    expect(terminalColumns({ isTTY: true, columns: 132 })).toBe(132);
    expect(terminalColumns({ isTTY: false, columns: 132 })).toBe(100);
    expect(terminalColumns({})).toBe(100);
  });
});
