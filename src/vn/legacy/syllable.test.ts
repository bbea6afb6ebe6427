import { describe, expect, it } from "vitest";
import { isVietnameseSyllable } from "./syllable.js";

describe("isVietnameseSyllable", () => {
  it.each([
    "a", "ở", "ừ", "ý", "Hà", "Nội", "Hưng", "Yên", "Nguyễn", "Văn", "Trường", "TRƯỜNG", "người", "rượu",
    "hòa", "hoà", "khỏe", "khoẻ", "thúy", "thuý", "hoàn", "quốc", "quả", "quý", "quýt", "quỳnh", "quyết",
    "gì", "giữa", "giường", "gia", "nghiêng", "khuya", "khuỷu", "tuyển", "yêu", "yến", "xoong", "thuở",
    "uống", "ước", "đường", "Đồng", "chiều", "oẳn", "huých", "kiêng", "tỉnh", "tháng", "àu",
  ])("accepts %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each([
    "", "Müller", "Köln", "Mỹller", "hạti", "cơng", "ĐT", "HĐND", "Trươøng", "hòà", "thaù", "yeân", "aù", "UBND",
    "café", "Björk", "qu", "gin1", "đ", "Hello", "world",
  ])("rejects %s", (word) => {
    expect(isVietnameseSyllable(word)).toBe(false);
  });
});
