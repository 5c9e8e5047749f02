"""Tests that pass, fail, error and skip in every way unittest reports, for the differential check of minipy's
unittest against CPython's (see check). Not here: failures of assertEqual between lists, tuples, dicts or strs,
whose messages end in an ndiff of the two values in CPython, which minipy's unittest does not print yet."""

import unittest


def setUpModule():
    print("setUpModule")


def tearDownModule():
    print("tearDownModule")


class Passing(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.log = ["setUp"]
        self.addCleanup(self.log.append, "cleanup")

    def test_equal(self):
        self.assertEqual(1 + 1, 2)
        self.assertNotEqual(1, 2)
        self.assertTrue([0])
        self.assertFalse(())
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertGreater(3, 2)
        self.assertGreaterEqual(3, 3)
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertDictEqual({1: 2}, {1: 2})
        self.assertSetEqual({1}, frozenset([1]))
        self.assertMultiLineEqual("a\nb", "a\nb")

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 // 0
        self.assertIs(type(cm.exception), ZeroDivisionError)
        self.assertRaises(KeyError, {}.__getitem__, 1)
        self.assertRaises((KeyError, IndexError), [].pop)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_skip_inside(self):
        self.skipTest("not today")

    @unittest.skip("decorated")
    def test_skipped(self):
        raise RuntimeError

    @unittest.skipIf(True, "condition true")
    def test_skipped_if(self):
        raise RuntimeError

    @unittest.skipUnless(True, "condition true")
    def test_not_skipped_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_cleanups(self):
        self.assertEqual(self.log, ["setUp"])

    def helper(self):
        raise RuntimeError("not a test")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Failing(unittest.TestCase):
    def test_equal_ints(self):
        self.assertEqual(1, 2)

    def test_equal_msg(self):
        self.assertEqual(1, 2, "the message")

    def test_equal_long_reprs(self):
        self.assertEqual(10 ** 100 + 1, 10 ** 100 + 2)

    def test_equal_objects(self):
        self.assertEqual(range(3), range(4))

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(1, None)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_in(self):
        self.assertIn(3, [1, 2])

    def test_not_in(self):
        self.assertNotIn(1, [1, 2])

    def test_is_none(self):
        self.assertIsNone(5)

    def test_is_instance(self):
        self.assertIsInstance(1, str)

    def test_less(self):
        self.assertLess(2, 1)

    def test_greater_equal(self):
        self.assertGreaterEqual(1, 2)

    def test_almost_equal(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_equal_delta(self):
        self.assertAlmostEqual(1, 5, delta=2)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_not_equal(self):
        self.assertNotEqual("a", "a")

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_not_raised_by(self):
        self.assertRaises(ValueError, len, [])

    def test_wrong_exception(self):
        with self.assertRaises(ValueError):
            raise KeyError("k")

    def test_fail(self):
        self.fail("explicitly")

    def test_error(self):
        raise RuntimeError("boom")

    def test_subtest_failures(self):
        for i in range(4):
            with self.subTest("odd", i=i):
                self.assertEqual(i % 2, 0)

    def test_nested_subtests(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.fail("inner")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_cleanup_error(self):
        def broken():
            raise ValueError("in cleanup")
        self.addCleanup(broken)

    def test_with_docstring(self):
        """First line of the docstring.

        More lines."""
        self.assertEqual(1.5, 2.5)

    def test_raise_from(self):
        try:
            {}["missing"]
        except KeyError as e:
            raise ValueError("converted") from e

    def test_raise_during(self):
        try:
            [][1]
        except IndexError:
            raise ValueError("while handling")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never_runs(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("setUpClass broke")

    def test_never_runs(self):
        pass


if __name__ == "__main__":
    unittest.main()
