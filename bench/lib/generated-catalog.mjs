// Writes get-courses and get-course (one course) into the given directory: the reference catalog
// of bench/reference/seed-catalog.mjs (COURSES 200, LESSONS 8) in the shape course-service lists
// it, for benchmarks that need its bytes without a running course-service (bench/edge.sh).
import { writeFileSync } from "node:fs";
const [dir] = process.argv.slice(2);
const courses = Number(process.env.COURSES ?? 200), lessons = Number(process.env.LESSONS ?? 8);
const words = "stream event broker cache gateway token schema index query shard replica lesson module practice".split(" ");
const text = (i, n) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" ");
const id = (i) => (0x65f0000000000000n + BigInt(i)).toString(16).padStart(24, "0");
const course = (i) => ({
  _id: id(i), name: `Bench Course ${String(i).padStart(3, "0")}: ${text(i, 4)}`, description: text(i, 60),
  categories: ["Backend", "Data", "Cloud", "Security"][i % 4], price: i % 5 === 0 ? 0 : 19 + (i % 50),
  estimatedPrice: 99 + (i % 50), thumbnail: {}, tags: text(i, 5).replaceAll(" ", ","),
  level: ["Beginner", "Intermediate", "Advanced"][i % 3], demoUrl: `demo-${i}`,
  benefits: [1, 2, 3].map((k) => ({ title: text(i + k, 6) })),
  prerequisites: [1, 2].map((k) => ({ title: text(i + k, 5) })),
  reviews: [], ratings: 0, purchased: 0,
  courseData: Array.from({ length: lessons }, (_, l) => ({
    _id: id(i * 100 + l), title: `Lesson ${l + 1}: ${text(i + l, 3)}`, description: text(i + l, 30),
    videoSection: `Section ${1 + (l >> 2)}`, videoLength: 5 + l, videoPlayer: "vdocipher",
    links: [{ title: "Slides", url: `https://example.com/${i}/${l}` }], suggestion: text(l, 8), questions: [],
  })),
  createdAt: "2026-11-25T20:00:00.000Z", updatedAt: "2026-11-25T20:00:00.000Z",
});
writeFileSync(`${dir}/get-courses`, JSON.stringify({ success: true, courses: Array.from({ length: courses }, (_, i) => course(i)) }));
writeFileSync(`${dir}/get-course`, JSON.stringify({ success: true, course: course(0) }));
